import { accountExpected, accountOperations } from './account-matrix-operations';
import { anonymityExpected, anonymityOperations } from './anonymity-matrix-operations';
import { assignmentExpected, assignmentOperations } from './assignment-matrix-operations';
import { groupExpected, groupOperations } from './group-matrix-operations';
import { annotated, CREATE_ANNOTATION, rangeOf } from './annotation-factories';
import { addClaim, ADD_CLAIM, createDebate, MODERATE } from './debate-factories';
import { addReading, Cast, createSeminar, joinAs, registerCast, registerUser, TestUser } from './factories';
import { liveExpected, liveOperations } from './live-matrix-operations';
import { documentExpected, documentOperations } from './document-matrix-operations';
import { interchangeExpected, interchangeOperations } from './interchange-matrix-operations';
import { mailExpected, mailOperations } from './mail-matrix-operations';
import { leaderToolsExpected, leaderToolsOperations } from './leader-tools-matrix-operations';
import { revisionExpected, revisionOperations } from './revision-matrix-operations';

const READING_TEXT = 'Human security puts people first.';
import { Actor, F, N, R, U } from './matrix-outcomes';
import { outcome, startTestApp, TestApp } from './test-app';
import { loadConfig } from '../src/config/app-config';
import { watchWrites } from './write-watch';

const ACTORS: Actor[] = ['OWNER', 'MODERATOR', 'MEMBER', 'OBSERVER', 'NON_MEMBER', 'SIGNED_OUT'];

interface Scene {
  api: TestApp;
  seminar: { id: string; inviteCode: string };
  reading: { id: string };
  /** A SEMINAR-visible comment by the MEMBER, and a debate with a claim by the MEMBER. */
  annotation: { id: string; threadId: string };
  debate: { id: string };
  claim: { id: string };
  /** A member whom managers act on in member-management operations. */
  spare: TestUser;
  cast: Cast;
  token: string | null;
}

/** Each operation, run by one actor in a fresh seminar; answers 'OK' or the error code. */
const operations: Record<string, (s: Scene) => Promise<string>> = {
  ...liveOperations,
  ...documentOperations,
  ...interchangeOperations,
  ...accountOperations,
  ...mailOperations,
  ...leaderToolsOperations,
  ...anonymityOperations,
  ...assignmentOperations,
  ...groupOperations,
  ...revisionOperations,
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
  'rename the seminar': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($id: ID!) { updateSeminar(input: { seminarId: $id, name: "Renamed", description: "New." }) { name } }`,
        { id: s.seminar.id },
        s.token,
      ),
    ),
  'record my visit': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($id: ID!) { markSeminarVisited(input: { seminarId: $id }) }`,
        { id: s.seminar.id },
        s.token,
      ),
    ),
  'see recent activity and counts': async (s) =>
    outcome(
      await s.api.gql(
        `query($id: ID!) { seminar(id: $id) { myLastVisitAt recentActivity { summary } readings { edges { node { annotationCount newAnnotationCount(since: "2020-01-01T00:00:00.000Z") } } } } }`,
        { id: s.seminar.id },
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
  'annotate a passage': async (s) =>
    outcome(
      await s.api.gql(
        CREATE_ANNOTATION,
        {
          input: {
            readingId: s.reading.id,
            revisionNumber: 1,
            target: rangeOf(READING_TEXT, 'people first'),
            motivation: 'highlighting',
          },
        },
        s.token,
      ),
    ),
  'see the annotations of a reading': async (s) =>
    outcome(
      await s.api.gql(
        `query($id: ID!) { reading(id: $id) { annotations { edges { node { id body replyCount } } } } }`,
        { id: s.reading.id },
        s.token,
      ),
    ),
  'edit the member’s annotation': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { id } }`,
        { i: { annotationId: s.annotation.id, body: 'Edited.' } },
        s.token,
      ),
    ),
  'delete the member’s annotation': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($i: AnnotationRefInput!) { deleteAnnotation(input: $i) { id } }`,
        { i: { annotationId: s.annotation.id } },
        s.token,
      ),
    ),
  'reply to an annotation': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($i: ReplyInput!) { reply(input: $i) { id } }`,
        { i: { threadId: s.annotation.threadId, body: 'A reply.' } },
        s.token,
      ),
    ),
  'react to an annotation': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($i: ReactInput!) { reactToAnnotation(input: $i) { kind } }`,
        { i: { subjectId: s.annotation.id, kind: 'INSIGHTFUL', active: true } },
        s.token,
      ),
    ),
  'open a debate': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($i: CreateDebateInput!) { createDebate(input: $i) { id } }`,
        { i: { seminarId: s.seminar.id, motion: 'The veto should be limited.', proLabel: 'Limit', conLabel: 'Keep' } },
        s.token,
      ),
    ),
  'view a debate': async (s) =>
    outcome(
      await s.api.gql(
        `query($id: ID!) { debate(id: $id) { motion claims { id votes { mean } evidence { id } } } }`,
        { id: s.debate.id },
        s.token,
      ),
    ),
  'add a claim': async (s) =>
    outcome(
      await s.api.gql(
        ADD_CLAIM,
        { input: { debateId: s.debate.id, stance: 'CON', body: 'A counter-claim.' } },
        s.token,
      ),
    ),
  'vote on a claim': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($i: VoteInput!) { voteOnClaim(input: $i) { id } }`,
        { i: { claimId: s.claim.id, impact: 3 } },
        s.token,
      ),
    ),
  'cite evidence for the member’s claim': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($i: SetEvidenceInput!) { setClaimEvidence(input: $i) { id } }`,
        { i: { claimId: s.claim.id, annotationIds: [s.annotation.id] } },
        s.token,
      ),
    ),
  'flag a claim': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($i: FlagInput!) { flag(input: $i) { id } }`,
        { i: { subjectType: 'CLAIM', subjectId: s.claim.id, reason: 'Off topic' } },
        s.token,
      ),
    ),
  'hide a claim': async (s) =>
    outcome(
      await s.api.gql(
        MODERATE,
        { input: { subjectType: 'CLAIM', subjectId: s.claim.id, action: 'HIDE', reason: 'Off topic.' } },
        s.token,
      ),
    ),
  'hide someone’s private annotation': async (s) => {
    const note = await annotated(s.api, s.spare, { id: s.reading.id, text: READING_TEXT }, 'people first', {
      visibility: 'PRIVATE',
      body: 'Only mine.',
    });
    return outcome(
      await s.api.gql(
        MODERATE,
        { input: { subjectType: 'ANNOTATION', subjectId: note.id, action: 'HIDE', reason: 'Looking.' } },
        s.token,
      ),
    );
  },
  'pin a reply in someone’s private thread': async (s) => {
    const note = await annotated(s.api, s.spare, { id: s.reading.id, text: READING_TEXT }, 'people first', {
      visibility: 'PRIVATE',
      body: 'Only mine.',
    });
    const reply = await s.api.gql<{ reply: { id: string } }>(
      `mutation($i: ReplyInput!) { reply(input: $i) { id } }`,
      { i: { threadId: note.threadId, body: 'Still mine.' } },
      s.spare.token,
    );
    return outcome(
      await s.api.gql(
        MODERATE,
        { input: { subjectType: 'REPLY', subjectId: reply.data?.reply.id, action: 'PIN', reason: 'Looking.' } },
        s.token,
      ),
    );
  },
  'set slow mode': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($i: ModerateDebateInput!) { moderateDebate(input: $i) { id } }`,
        { i: { debateId: s.debate.id, action: 'SET_SLOW_MODE', slowModeSeconds: 30, reason: 'Heated.' } },
        s.token,
      ),
    ),
  'read the moderation queue': async (s) =>
    outcome(
      await s.api.gql(`query($id: ID!) { moderationQueue(seminarId: $id) { kind } }`, { id: s.seminar.id }, s.token),
    ),
  'read the audit log': async (s) =>
    outcome(
      await s.api.gql(
        `query($id: ID!) { moderationLog(seminarId: $id) { edges { node { id } } } }`,
        { id: s.seminar.id },
        s.token,
      ),
    ),
};

/** The expected outcome of every operation for every actor (docs/design.md §1, Roles). */
const expected: Record<keyof typeof operations, Record<Actor, string>> = {
  ...liveExpected,
  ...documentExpected,
  ...revisionExpected,
  ...interchangeExpected,
  ...accountExpected,
  ...mailExpected,
  ...leaderToolsExpected,
  ...anonymityExpected,
  ...assignmentExpected,
  ...groupExpected,
  'view seminar': R('OK', 'OK', 'OK', 'OK', N, U),
  'list members': R('OK', 'OK', 'OK', 'OK', N, U),
  'see invite code': R('OK', 'OK', 'HIDDEN', 'HIDDEN', N, U),
  'list my seminars': R('OK', 'OK', 'OK', 'OK', 'OK', U),
  'create seminar': R('OK', 'OK', 'OK', 'OK', 'OK', U),
  'join by invite code': R('OK', 'OK', 'OK', 'OK', 'OK', U),
  'rotate invite code': R('OK', F, F, F, N, U),
  'change a member role': R('OK', F, F, F, N, U),
  'remove a member': R('OK', F, F, F, N, U),
  'rename the seminar': R('OK', F, F, F, N, U),
  'record my visit': R('OK', 'OK', 'OK', 'OK', N, U),
  'see recent activity and counts': R('OK', 'OK', 'OK', 'OK', N, U),
  'leave seminar': R('CONFLICT', 'OK', 'OK', 'OK', N, U),
  'list readings': R('OK', 'OK', 'OK', 'OK', N, U),
  'read a reading': R('OK', 'OK', 'OK', 'OK', N, U),
  'add a reading': R('OK', 'OK', F, F, N, U),
  'revise a reading': R('OK', 'OK', F, F, N, U),
  'annotate a passage': R('OK', 'OK', 'OK', F, N, U),
  'see the annotations of a reading': R('OK', 'OK', 'OK', 'OK', N, U),
  'edit the member’s annotation': R(F, F, 'OK', F, N, U),
  'delete the member’s annotation': R(F, F, 'OK', F, N, U),
  'reply to an annotation': R('OK', 'OK', 'OK', F, N, U),
  'react to an annotation': R('OK', 'OK', 'OK', F, N, U),
  'open a debate': R('OK', 'OK', F, F, N, U),
  'view a debate': R('OK', 'OK', 'OK', 'OK', N, U),
  'add a claim': R('OK', 'OK', 'OK', F, N, U),
  'vote on a claim': R('OK', 'OK', 'OK', F, N, U),
  'cite evidence for the member’s claim': R('OK', 'OK', 'OK', F, N, U),
  'flag a claim': R('OK', 'OK', 'OK', 'OK', N, U),
  'hide a claim': R('OK', 'OK', F, F, N, U),
  'hide someone’s private annotation': R(N, N, N, N, N, U),
  'pin a reply in someone’s private thread': R(N, N, N, N, N, U),
  'set slow mode': R('OK', 'OK', F, F, N, U),
  'read the moderation queue': R('OK', 'OK', F, F, N, U),
  'read the audit log': R('OK', 'OK', F, F, N, U),
};

describe('permission matrix: every seminar, reading, annotation, debate, moderation, live-session and account operation', () => {
  let api: TestApp;
  let cast: Cast;
  let spare: TestUser;

  beforeAll(async () => {
    // Loopback allowed: `add a reading from a web address` fetches a page from a server on this machine.
    api = await startTestApp({ documents: { ...loadConfig({}).documents, urlAllowLoopback: true } });
    cast = await registerCast(api);
    spare = await registerUser(api, 'Spare');
  });
  afterAll(() => api.close());

  const cells = Object.keys(expected).flatMap((operation) =>
    ACTORS.map((actor) => [operation, actor, expected[operation][actor]] as const),
  );

  // A cell's scene is built fresh unless the cell before it wrote nothing (write-watch.ts): then that
  // cell's scene is as fresh as a new one, and building one costs a dozen requests.
  let unchanged: Omit<Scene, 'token'> | null = null;
  async function freshScene(): Promise<Omit<Scene, 'token'>> {
    // What does not depend on each other is sent together: fewer round trips per scene.
    const seminar = await createSeminar(api, cast.OWNER);
    const [reading, debate] = await Promise.all([
      addReading(api, seminar.id, cast.OWNER, READING_TEXT),
      createDebate(api, cast.OWNER, seminar.id),
      ...(['MODERATOR', 'MEMBER', 'OBSERVER'] as const).map((role) => joinAs(api, seminar, cast.OWNER, cast[role], role)),
      joinAs(api, seminar, cast.OWNER, spare, 'MEMBER'),
    ]);
    const [annotation, claim] = await Promise.all([
      annotated(api, cast.MEMBER, { id: reading.id, text: READING_TEXT }, 'Human security'),
      addClaim(api, cast.MEMBER, debate.id),
    ]);
    return { api, seminar, reading, annotation, debate, claim, spare, cast };
  }

  it.each(cells)('%s as %s → %s', async (operation, actor, want) => {
    const scene = unchanged ?? (await freshScene());
    unchanged = null;
    const token = actor === 'SIGNED_OUT' ? null : cast[actor].token;
    const writes = watchWrites();
    let got: string;
    try {
      got = await operations[operation]({ ...scene, token });
    } finally {
      if (!(await writes.stop())) unchanged = scene;
    }
    expect(got).toBe(want);
  });
});
