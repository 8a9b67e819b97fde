import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { UploadFromUrlInput } from '../../gql/graphql';
import { errorMessage } from '../../graphql/graphql-error';

const UploadFromUrlDocument = graphql(`
  mutation UploadFromUrl($input: UploadFromUrlInput!) {
    uploadFromUrl(input: $input) {
      id
      status
      sourceUrl
    }
  }
`);

/** Has the server fetch a web page or document for a reading; the answer is an upload like a file's. */
export function useUploadFromUrl() {
  const [state, execute] = useMutation(UploadFromUrlDocument);
  return {
    fetching: state.fetching,
    error: state.error ? errorMessage(state.error) : null,
    fetchUrl: async (input: UploadFromUrlInput) => (await execute({ input })).data?.uploadFromUrl ?? null,
  };
}
