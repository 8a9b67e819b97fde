import { Cast, joinAs, registerUser, TEST_PASSWORD, TestUser } from './factories';
import { Actor, N, R, Row, U } from './matrix-outcomes';
import { outcome, TestApp } from './test-app';

/** What the account cells of the permission matrix need of their scene. */
export interface AccountMatrixScene {
  api: TestApp;
  cast: Cast;
  seminar: { id: string; inviteCode: string };
  spare: TestUser;
  token: string | null;
}

const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { token } }`;
const SESSIONS = `{ mySessions { id current } }`;

/** The cast member asking, by their token (none when signed out). */
function actorOf(s: AccountMatrixScene): Actor {
  if (s.token === null) return 'SIGNED_OUT';
  return (Object.keys(s.cast) as Array<keyof Cast>).find((role) => s.cast[role].token === s.token)!;
}

/**
 * A fresh person in the actor's place (their role in the scene's seminar, or none), for operations
 * that would change the cast's own accounts; null when signed out.
 */
async function standIn(s: AccountMatrixScene): Promise<TestUser | null> {
  const actor = actorOf(s);
  if (actor === 'SIGNED_OUT') return null;
  const person = await registerUser(s.api, `Stand-in ${actor}`);
  if (actor !== 'NON_MEMBER') await joinAs(s.api, s.seminar, s.cast.OWNER, person, actor);
  return person;
}

/** A second session of `user`, and its id as their list of sessions shows it. */
async function secondSession(s: AccountMatrixScene, user: TestUser): Promise<string> {
  const signedIn = await s.api.gql<{ signIn: { token: string } }>(SIGN_IN, {
    i: { email: user.email, password: TEST_PASSWORD },
  });
  const listed = await s.api.gql<{ mySessions: Array<{ id: string; current: boolean }> }>(
    SESSIONS,
    {},
    signedIn.data!.signIn.token,
  );
  return listed.data!.mySessions.find((session) => session.current)!.id;
}

export const accountOperations: Record<string, (s: AccountMatrixScene) => Promise<string>> = {
  'see my account': async (s) => outcome(await s.api.gql(`{ account { id email } }`, {}, s.token)),
  'list my sessions': async (s) => outcome(await s.api.gql(SESSIONS, {}, s.token)),
  'change my display name': async (s) => {
    const person = await standIn(s);
    return outcome(
      await s.api.gql(`mutation { changeDisplayName(input: { displayName: "Renamed" }) { id } }`, {}, person?.token),
    );
  },
  'change my password': async (s) => {
    const person = await standIn(s);
    return outcome(
      await s.api.gql(
        `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { signedOutSessions } }`,
        { i: { currentPassword: TEST_PASSWORD, newPassword: 'another long passphrase' } },
        person?.token,
      ),
    );
  },
  'sign out another of my sessions': async (s) => {
    const person = await standIn(s);
    const other = person ? await secondSession(s, person) : await secondSession(s, s.spare);
    return outcome(
      await s.api.gql(`mutation($id: ID!) { endSession(input: { sessionId: $id }) }`, { id: other }, person?.token),
    );
  },
  'sign out someone else’s session': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($id: ID!) { endSession(input: { sessionId: $id }) }`,
        { id: await secondSession(s, s.spare) },
        s.token,
      ),
    ),
  'ask to change my email': async (s) => {
    const person = await standIn(s);
    return outcome(
      await s.api.gql(
        `mutation($i: RequestEmailChangeInput!) { requestEmailChange(input: $i) { pendingEmail } }`,
        { i: { newEmail: `moved.${person?.id ?? 'nobody'}@test.glossa`, password: TEST_PASSWORD } },
        person?.token,
      ),
    );
  },
  'delete my account (the owner is the seminar’s only owner)': async (s) => {
    // The owner asks as themself: the refusal changes nothing. Anyone else deletes a stand-in.
    const person = actorOf(s) === 'OWNER' ? s.cast.OWNER : await standIn(s);
    return outcome(
      await s.api.gql(`mutation { deleteAccount(input: { password: "${TEST_PASSWORD}" }) }`, {}, person?.token),
    );
  },
};

/** Everyone signed in manages their own account alone; a seminar's last owner must hand it over first. */
export const accountExpected: Record<keyof typeof accountOperations, Row> = {
  'see my account': R('OK', 'OK', 'OK', 'OK', 'OK', U),
  'list my sessions': R('OK', 'OK', 'OK', 'OK', 'OK', U),
  'change my display name': R('OK', 'OK', 'OK', 'OK', 'OK', U),
  'change my password': R('OK', 'OK', 'OK', 'OK', 'OK', U),
  'sign out another of my sessions': R('OK', 'OK', 'OK', 'OK', 'OK', U),
  'sign out someone else’s session': R(N, N, N, N, N, U),
  'ask to change my email': R('OK', 'OK', 'OK', 'OK', 'OK', U),
  'delete my account (the owner is the seminar’s only owner)': R('CONFLICT', 'OK', 'OK', 'OK', 'OK', U),
};
