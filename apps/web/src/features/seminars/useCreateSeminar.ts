import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { CreateSeminarInput } from '../../gql/graphql';
import { errorMessage } from '../../graphql/graphql-error';

const CreateSeminarDocument = graphql(`
  mutation CreateSeminar($input: CreateSeminarInput!) {
    createSeminar(input: $input) {
      id
      name
      inviteCode
    }
  }
`);

export interface CreatedSeminar {
  name: string;
  inviteCode: string | null;
}

export interface CreateSeminarAction {
  create: (input: CreateSeminarInput) => Promise<CreatedSeminar | null>;
  submitting: boolean;
  error: string | null;
}

export function useCreateSeminar(): CreateSeminarAction {
  const [state, execute] = useMutation(CreateSeminarDocument);
  return {
    submitting: state.fetching,
    error: state.error ? errorMessage(state.error) : null,
    create: async (input) => {
      const result = await execute({ input });
      const seminar = result.data?.createSeminar;
      return seminar ? { name: seminar.name, inviteCode: seminar.inviteCode } : null;
    },
  };
}
