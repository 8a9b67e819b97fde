import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../graphql/graphql-error';

const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

const DevOutboxOpenDocument = graphql(`
  query DevOutboxOpen {
    devOutboxOpen
  }
`);

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function useRequestPasswordReset() {
  const [state, execute] = useMutation(RequestPasswordResetDocument);
  return {
    submitting: state.fetching,
    error: state.error ? errorMessage(state.error) : null,
    request: async (email: string) => !(await execute({ input: { email } })).error,
  };
}

/** Why a reset link was refused (the API's `extensions.reason`), when it was. */
export type ResetLinkRefusal = 'RESET_LINK_UNKNOWN' | 'RESET_LINK_USED' | 'RESET_LINK_EXPIRED';

export function useResetPassword() {
  const [state, execute] = useMutation(ResetPasswordDocument);
  const reason = state.error?.graphQLErrors.map((e) => e.extensions?.['reason']).find((r) => typeof r === 'string');
  return {
    submitting: state.fetching,
    error: state.error ? errorMessage(state.error) : null,
    linkRefused: (reason as ResetLinkRefusal | undefined) ?? null,
    reset: async (token: string, newPassword: string) => !(await execute({ input: { token, newPassword } })).error,
  };
}

/** Whether this server keeps its mail in the development outbox (no SMTP_URL, not production). */
export function useDevOutboxOpen(): boolean {
  const [{ data }] = useQuery({ query: DevOutboxOpenDocument });
  return data?.devOutboxOpen ?? false;
}
