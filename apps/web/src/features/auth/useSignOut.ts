import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../graphql/graphql-error';
import { useGraphqlSession } from '../../graphql/useGraphqlSession';

const SignOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);

export interface SignOutAction {
  signOut: () => Promise<void>;
  submitting: boolean;
  error: string | null;
}

/** Ends the session on the server, then forgets every cached result of it. */
export function useSignOut(): SignOutAction {
  const [state, execute] = useMutation(SignOutDocument);
  const { resetSession } = useGraphqlSession();
  return {
    submitting: state.fetching,
    error: state.error ? errorMessage(state.error) : null,
    signOut: async () => {
      const result = await execute({});
      if (!result.error) resetSession();
    },
  };
}
