import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { RegisterInput } from '../../gql/graphql';
import { errorMessage } from '../../graphql/graphql-error';
import { useGraphqlSession } from '../../graphql/useGraphqlSession';

const RegisterDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      viewer {
        id
        displayName
      }
    }
  }
`);

export interface RegisterAction {
  register: (input: RegisterInput) => Promise<boolean>;
  submitting: boolean;
  error: string | null;
}

/** Creates an account and signs it in (the API sets the session cookie). */
export function useRegister(): RegisterAction {
  const [state, execute] = useMutation(RegisterDocument);
  const { resetSession } = useGraphqlSession();
  return {
    submitting: state.fetching,
    error: state.error ? errorMessage(state.error) : null,
    register: async (input) => {
      const result = await execute({ input });
      if (result.error || !result.data) return false;
      resetSession();
      return true;
    },
  };
}
