import { addReading, Cast, registerCast, registerUser, seminarFor, TestUser } from './factories';
import { outcome, startTestApp, TestApp } from './test-app';

type Actor = 'OWNER' | 'MODERATOR' | 'MEMBER' | 'OBSERVER' | 'NON_MEMBER' | 'SIGNED_OUT';
const ACTORS: Actor[] = ['OWNER', 'MODERATOR', 'MEMBER', 'OBSERVER', 'NON_MEMBER', 'SIGNED_OUT'];

interface Scene {
  api: TestApp;
  seminar: { id: string; inviteCode: string };
  reading: { id: string };
  /** A member whom managers act on in member-management operations. */
  spare: TestUser;
  token: string | null;
}

/** Each operation, run by one actor in a fresh seminar; answers 'OK' or the error code. */
const operations: Record<string, (s: Scene) => Promise<string>> = {
  'view seminar': async (s) =>
    outcome(await s.api.gql(`query($id: ID!) { seminar(id: $id) { id name myRole } }`, { id: s.seminar.id }, s.token)),
  'list members': async (s) =>
    outcome(
      await s.api.gql(
        `query($id: ID!) { seminar(id: $id) { members { edges { node { role user { displayName } } } } } }`,
        { id: s.seminar.id },
        s.token,
      ),
    ),
  'see invite code': async (s) => {
    const result = await s.api.gql<{ seminar: { inviteCode: string | null } }>(
      `query($id: ID!) { seminar(id: $id) { inviteCode } }`,
      { id: s.seminar.id },
      s.token,
    );
    return outcome(result) === 'OK' ? (result.data?.seminar.inviteCode ? 'OK' : 'HIDDEN') : outcome(result);
  },
  'list my seminars': async (s) => outcome(await s.api.gql(`{ seminars { edges { node { id } } } }`, {}, s.token)),
  'create seminar': async (s) =>
    outcome(await s.api.gql(`mutation { createSeminar(input: { name: "Another" }) { id } }`, {}, s.token)),
  'join by invite code': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($code: String!) { joinSeminar(input: { inviteCode: $code }) { id } }`,
        { code: s.seminar.inviteCode },
        s.token,
      ),
    ),
  'rotate invite code': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($id: ID!) { rotateInviteCode(input: { seminarId: $id }) { inviteCode } }`,
        { id: s.seminar.id },
        s.token,
      ),
    ),
  'change a member role': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }`,
        { input: { seminarId: s.seminar.id, userId: s.spare.id, role: 'MODERATOR' } },
        s.token,
      ),
    ),
  'remove a member': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { id } }`,
        { input: { seminarId: s.seminar.id, userId: s.spare.id } },
        s.token,
      ),
    ),
  'leave seminar': async (s) =>
    outcome(
      await s.api.gql(`mutation($id: ID!) { leaveSeminar(input: { seminarId: $id }) }`, { id: s.seminar.id }, s.token),
    ),
  'list readings': async (s) =>
    outcome(
      await s.api.gql(
        `query($id: ID!) { seminar(id: $id) { readingCount readings { edges { node { title } } } } }`,
        { id: s.seminar.id },
        s.token,
      ),
    ),
  'read a reading': async (s) =>
    outcome(
      await s.api.gql(
        `query($id: ID!) { reading(id: $id) { title currentRevision { text } revisions { number } } }`,
        { id: s.reading.id },
        s.token,
      ),
    ),
  'add a reading': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($input: AddReadingInput!) { addReading(input: $input) { id } }`,
        { input: { seminarId: s.seminar.id, title: 'New', text: 'Text.' } },
        s.token,
      ),
    ),
  'revise a reading': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($input: ReviseReadingInput!) { reviseReading(input: $input) { revisionNumber } }`,
        { input: { readingId: s.reading.id, text: 'Revised.' } },
        s.token,
      ),
    ),
};

const R = (owner: string, moderator: string, member: string, observer: string, nonMember: string, signedOut: string) =>
  ({
    OWNER: owner,
    MODERATOR: moderator,
    MEMBER: member,
    OBSERVER: observer,
    NON_MEMBER: nonMember,
    SIGNED_OUT: signedOut,
  }) as Record<Actor, string>;

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';

/** The expected outcome of every operation for every actor (DESIGN.md §1, Roles). */
const expected: Record<keyof typeof operations, Record<Actor, string>> = {
  'view seminar': R('OK', 'OK', 'OK', 'OK', N, U),
  'list members': R('OK', 'OK', 'OK', 'OK', N, U),
  'see invite code': R('OK', 'OK', 'HIDDEN', 'HIDDEN', N, U),
  'list my seminars': R('OK', 'OK', 'OK', 'OK', 'OK', U),
  'create seminar': R('OK', 'OK', 'OK', 'OK', 'OK', U),
  'join by invite code': R('OK', 'OK', 'OK', 'OK', 'OK', U),
  'rotate invite code': R('OK', F, F, F, N, U),
  'change a member role': R('OK', F, F, F, N, U),
  'remove a member': R('OK', F, F, F, N, U),
  'leave seminar': R('CONFLICT', 'OK', 'OK', 'OK', N, U),
  'list readings': R('OK', 'OK', 'OK', 'OK', N, U),
  'read a reading': R('OK', 'OK', 'OK', 'OK', N, U),
  'add a reading': R('OK', 'OK', F, F, N, U),
  'revise a reading': R('OK', 'OK', F, F, N, U),
};

describe('permission matrix: seminars and readings', () => {
  let api: TestApp;
  let cast: Cast;
  let spare: TestUser;

  beforeAll(async () => {
    api = await startTestApp();
    cast = await registerCast(api);
    spare = await registerUser(api, 'Spare');
  });
  afterAll(() => api.close());

  const cells = Object.keys(expected).flatMap((operation) =>
    ACTORS.map((actor) => [operation, actor, expected[operation][actor]] as const),
  );

  it.each(cells)('%s as %s → %s', async (operation, actor, want) => {
    const seminar = await seminarFor(api, cast);
    await api.gql(
      `mutation($code: String!) { joinSeminar(input: { inviteCode: $code }) { id } }`,
      { code: seminar.inviteCode },
      spare.token,
    );
    const reading = await addReading(api, seminar.id, cast.OWNER);
    const token = actor === 'SIGNED_OUT' ? null : cast[actor].token;
    await expect(operations[operation]({ api, seminar, reading, spare, token })).resolves.toBe(want);
  });
});
