import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../graphql/graphql-error';

const JoinSeminarDocument = graphql(`
  mutation JoinSeminar($input: JoinSeminarInput!) {
    joinSeminar(input: $input) {
      id
      name
      memberCount
    }
  }
`);

export interface JoinSeminarAction {
  /** Resolves to the seminar once joined, or null when the API refused. */
  join: (inviteCode: string) => Promise<{ id: string; name: string } | null>;
  submitting: boolean;
  error: string | null;
}

export function useJoinSeminar(): JoinSeminarAction {
  const [state, execute] = useMutation(JoinSeminarDocument);
  return {
    submitting: state.fetching,
    error: state.error ? errorMessage(state.error) : null,
    join: async (inviteCode) => {
      const result = await execute({ input: { inviteCode } });
      return result.data?.joinSeminar ?? null;
    },
  };
}
