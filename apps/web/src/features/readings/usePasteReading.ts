import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { AddReadingInput } from '../../gql/graphql';
import { errorMessage } from '../../graphql/graphql-error';

const AddPastedReadingDocument = graphql(`
  mutation AddPastedReading($input: AddReadingInput!) {
    addReading(input: $input) {
      id
      title
    }
  }
`);

/** Adds a reading from pasted plain text or Markdown. */
export function usePasteReading() {
  const [state, execute] = useMutation(AddPastedReadingDocument);
  return {
    adding: state.fetching,
    error: state.error ? errorMessage(state.error) : null,
    add: async (input: AddReadingInput) => (await execute({ input })).data?.addReading ?? null,
  };
}
