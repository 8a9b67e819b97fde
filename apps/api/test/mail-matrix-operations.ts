import type { Cast } from './factories';
import { uniqueEmail } from './factories';
import { R, Row, U } from './matrix-outcomes';
import { outcome, TestApp } from './test-app';

/** What the email cells of the permission matrix need of their scene. */
export interface MailMatrixScene {
  api: TestApp;
  cast: Cast;
  token: string | null;
}

/** The actor's own address (a signed-out caller asks for one nobody uses). */
function addressOf(s: MailMatrixScene): string {
  const actor = Object.values(s.cast).find((user) => user.token === s.token);
  return actor?.email ?? uniqueEmail('nobody');
}

export const mailOperations: Record<string, (s: MailMatrixScene) => Promise<string>> = {
  'ask for a password reset link': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`,
        { input: { email: addressOf(s) } },
        s.token,
      ),
    ),
  'reset a password with a link nobody was sent': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`,
        { input: { token: 'n'.repeat(43), newPassword: 'not going to happen' } },
        s.token,
      ),
    ),
  'confirm an email change with a link nobody was sent': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($input: ConfirmEmailChangeInput!) { confirmEmailChange(input: $input) }`,
        { input: { token: 'n'.repeat(43) } },
        s.token,
      ),
    ),
  'choose how often mentions are emailed': async (s) =>
    outcome(
      await s.api.gql(`mutation { setMailFrequency(input: { frequency: IMMEDIATE }) { frequency } }`, {}, s.token),
    ),
  'read the development outbox (no SMTP_URL, not production)': async (s) =>
    outcome(await s.api.gql(`{ devOutbox(first: 1) { id subject } }`, {}, s.token)),
};

const everyone = (result: string): Row => R(result, result, result, result, result, result);

/**
 * Resets and email-change links are for anyone holding the link (signed in or not); mail choices are every signed-in person's own; the outbox is open to
 * anyone who can reach a development server.
 */
export const mailExpected: Record<keyof typeof mailOperations, Row> = {
  'ask for a password reset link': everyone('OK'),
  'reset a password with a link nobody was sent': everyone('BAD_USER_INPUT'),
  'confirm an email change with a link nobody was sent': everyone('BAD_USER_INPUT'),
  'choose how often mentions are emailed': R('OK', 'OK', 'OK', 'OK', 'OK', U),
  'read the development outbox (no SMTP_URL, not production)': everyone('OK'),
};
