import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { SignInInput } from '../../gql/graphql';
import { errorMessage } from '../../graphql/graphql-error';
import { useGraphqlSession } from '../../graphql/useGraphqlSession';

const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      viewer {
        id
        displayName
      }
    }
  }
`);

export interface SignInAction {
  signIn: (input: SignInInput) => Promise<boolean>;
  submitting: boolean;
  error: string | null;
}

/** Signs in; the API sets the session cookie, and the client starts afresh for the new person. */
export function useSignIn(): SignInAction {
  const [state, execute] = useMutation(SignInDocument);
  const { resetSession } = useGraphqlSession();
  return {
    submitting: state.fetching,
    error: state.error ? errorMessage(state.error) : null,
    signIn: async (input) => {
      const result = await execute({ input });
      if (result.error || !result.data) return false;
      resetSession();
      return true;
    },
  };
}
