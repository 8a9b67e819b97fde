import { DataSource } from 'typeorm';
import { AuthService } from '../src/auth/auth.service';
import { loadConfig } from '../src/config/app-config';
import { StatementCounter } from '../src/database/statement-counter';
import { annotated } from './annotation-factories';
import { addClaim, createDebate, MODERATE } from './debate-factories';
import { addReading, Cast, joinAs, registerCast, registerUser, seminarFor, TestUser } from './factories';
import { DISCUSSION_MAP, MY_PARTICIPATION, PARTICIPATION } from './leader-tools-queries';
import { outcome, startTestApp, TestApp } from './test-app';

const TEXT =
  'First paragraph about human security.\n\n' +
  'Second paragraph on impunity and history.\n\n' +
  'Third paragraph: globalization is new.';

const REPLY = `mutation($i: ReplyInput!) { reply(input: $i) { id } }`;
const REACT_TO_ANNOTATION = `mutation($i: ReactInput!) { reactToAnnotation(input: $i) { kind } }`;
const REACT_TO_REPLY = `mutation($i: ReactInput!) { reactToReply(input: $i) { kind } }`;
const VOTE = `mutation($input: VoteInput!) { voteOnClaim(input: $input) { id } }`;

interface Passage {
  index: number;
  start: number;
  end: number;
  annotations: number;
  questions: number;
  replies: number;
  disagreeReactions: number;
  proClaims: number;
  conClaims: number;
  citingClaims: number;
  disagreement: number;
}
interface MapResult {
  discussionMap: {
    passages: Passage[];
    mostQuestioned: Passage[];
    mostContested: Passage[];
    mostCited: Passage[];
  };
}
interface Figures {
  member: { id: string; displayName: string };
  role: string;
  annotations: number;
  questions: number;
  repliesGiven: number;
  repliesReceived: number;
  reactionsReceived: number;
  claims: number;
  evidenceCited: number;
  votes: number;
}

/** The session id a token carries (its `sid` claim). */
function sessionIdOf(token: string): string {
  return (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sid: string }).sid;
}

describe('leader tools: the discussion map and participation', () => {
  let api: TestApp;
  let db: DataSource;
  let cast: Cast;
  let second: TestUser;
  let seminar: { id: string; inviteCode: string };
  let reading: { id: string; text: string };

  async function ok<T>(query: string, variables: Record<string, unknown>, user: TestUser): Promise<T> {
    const result = await api.gql<T>(query, variables, user.token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  beforeAll(async () => {
    // No job polling: the statement counts below count every statement of the process.
    api = await startTestApp({ documents: { ...loadConfig({ NODE_ENV: 'test' }).documents, runJobs: false } });
    db = api.app.get(DataSource);
    cast = await registerCast(api);
    second = await registerUser(api, 'Second');
    seminar = await seminarFor(api, cast);
    await joinAs(api, seminar, cast.OWNER, second, 'MEMBER');
    reading = { id: (await addReading(api, seminar.id, cast.OWNER, TEXT)).id, text: TEXT };

    // First paragraph: a question with three replies (one its author's own) and two DISAGREEs, a comment.
    const question = await annotated(api, cast.MEMBER, reading, 'human security', { motivation: 'questioning' });
    await annotated(api, cast.MODERATOR, reading, 'First paragraph');
    const ownersReply = await ok<{ reply: { id: string } }>(
      REPLY,
      { i: { threadId: question.threadId, body: 'Whose security?' } },
      cast.OWNER,
    );
    await ok(REPLY, { i: { threadId: question.threadId, body: 'States’, first.' } }, second);
    await ok(REPLY, { i: { threadId: question.threadId, body: 'I mean people’s.' } }, cast.MEMBER);
    await ok(REACT_TO_ANNOTATION, { i: { subjectId: question.id, kind: 'DISAGREE', active: true } }, cast.MODERATOR);
    await ok(REACT_TO_REPLY, { i: { subjectId: ownersReply.reply.id, kind: 'DISAGREE', active: true } }, second);

    // Second paragraph: a private note and a hidden comment (with a reply and a reaction), neither counted for others.
    await annotated(api, second, reading, 'impunity', { visibility: 'PRIVATE' });
    const hidden = await annotated(api, second, reading, 'history');
    await ok(REPLY, { i: { threadId: hidden.threadId, body: 'Agreed.' } }, cast.MEMBER);
    await ok(REACT_TO_ANNOTATION, { i: { subjectId: hidden.id, kind: 'DISAGREE', active: true } }, cast.MEMBER);
    await ok(
      MODERATE,
      { input: { action: 'HIDE', subjectType: 'ANNOTATION', subjectId: hidden.id, reason: 'Off topic' } },
      cast.MODERATOR,
    );

    // Third paragraph: cited by a PRO claim and a CON claim (which cites the question too), with votes.
    const cited = await annotated(api, cast.MEMBER, reading, 'globalization', { motivation: 'highlighting', body: '' });
    const debate = await createDebate(api, cast.OWNER, seminar.id, { readingIds: [reading.id] });
    const pro = await addClaim(api, cast.MEMBER, debate.id, { stance: 'PRO', evidenceAnnotationIds: [cited.id] });
    const con = await addClaim(api, second, debate.id, {
      stance: 'CON',
      evidenceAnnotationIds: [cited.id, question.id],
    });
    await ok(VOTE, { input: { claimId: con.id, impact: 3 } }, cast.MEMBER);
    await ok(VOTE, { input: { claimId: pro.id, impact: 2 } }, cast.OWNER);

    // Another reading, for the per-reading figures.
    const other = { id: (await addReading(api, seminar.id, cast.OWNER, 'Another text.')).id, text: 'Another text.' };
    await annotated(api, cast.MEMBER, other, 'Another');
  });
  afterAll(() => api.close());

  const map = async (user: TestUser, extra: Record<string, unknown> = {}) =>
    (await ok<MapResult>(DISCUSSION_MAP, { readingId: reading.id, ...extra }, user)).discussionMap;

  it('counts annotations, questions, replies, disagreement and citing claims per paragraph', async () => {
    const { passages } = await map(cast.OWNER);
    const paragraphs = [0, TEXT.indexOf('Second'), TEXT.indexOf('Third')];
    expect(passages.map((p) => [p.start, p.end])).toEqual([
      [0, paragraphs[1]],
      [paragraphs[1], paragraphs[2]],
      [paragraphs[2], TEXT.length],
    ]);
    expect(passages[0]).toMatchObject({
      annotations: 2,
      questions: 1,
      replies: 3,
      disagreeReactions: 2,
      proClaims: 0,
      conClaims: 1,
      citingClaims: 1,
      disagreement: 6,
    });
    expect(passages[2]).toMatchObject({
      annotations: 1,
      questions: 0,
      proClaims: 1,
      conClaims: 1,
      citingClaims: 2,
      disagreement: 2,
    });
  });

  it('leaves out others’ private and hidden annotations, with their replies and reactions, moderators included', async () => {
    for (const leader of [cast.OWNER, cast.MODERATOR]) {
      const { passages } = await map(leader);
      expect(passages[1]).toMatchObject({
        annotations: 0,
        questions: 0,
        replies: 0,
        disagreeReactions: 0,
        disagreement: 0,
      });
    }
  });

  it('ranks the most questioned, contested and cited passages, leaving out passages with none', async () => {
    const ranked = await map(cast.OWNER);
    expect(ranked.mostQuestioned.map((p) => p.index)).toEqual([0]);
    expect(ranked.mostContested.map((p) => p.index)).toEqual([0, 2]);
    expect(ranked.mostCited.map((p) => p.index)).toEqual([2, 0]);
  });

  it('cuts the passages where the client asks, and refuses passages out of order', async () => {
    const { passages } = await map(cast.OWNER, { passageStarts: [0, TEXT.indexOf('Third')] });
    expect(passages.map((p) => p.annotations)).toEqual([2, 1]);
    const refused = await api.gql(
      DISCUSSION_MAP,
      { readingId: reading.id, passageStarts: [0, 9, 3] },
      cast.OWNER.token,
    );
    expect(outcome(refused)).toBe('BAD_USER_INPUT');
  });

  it('shows the map to members and observers when no assignment hides the reading from them, and refuses outsiders as not found', async () => {
    expect(outcome(await api.gql(DISCUSSION_MAP, { readingId: reading.id }, cast.MEMBER.token))).toBe('OK');
    expect(outcome(await api.gql(DISCUSSION_MAP, { readingId: reading.id }, cast.OBSERVER.token))).toBe('OK');
    expect(outcome(await api.gql(DISCUSSION_MAP, { readingId: reading.id }, cast.NON_MEMBER.token))).toBe('NOT_FOUND');
  });

  it('shows leaders every member’s figures, without others’ private or hidden posts', async () => {
    const { participation } = await ok<{ participation: Figures[] }>(
      PARTICIPATION,
      { seminarId: seminar.id },
      cast.OWNER,
    );
    const of = (user: TestUser) => participation.find((f) => f.member.id === user.id);
    expect(participation).toHaveLength(5);
    expect(of(cast.MEMBER)).toMatchObject({
      role: 'MEMBER',
      annotations: 3,
      questions: 1,
      repliesGiven: 1,
      repliesReceived: 2,
      reactionsReceived: 1,
      claims: 1,
      evidenceCited: 1,
      votes: 1,
    });
    expect(of(second)).toMatchObject({
      annotations: 0,
      repliesGiven: 1,
      repliesReceived: 0,
      reactionsReceived: 0,
      claims: 1,
      evidenceCited: 2,
      votes: 0,
    });
    expect(of(cast.OWNER)).toMatchObject({ repliesGiven: 1, reactionsReceived: 1, votes: 1, annotations: 0 });
    expect(of(cast.MODERATOR)).toMatchObject({ annotations: 1 });
    expect(of(cast.OBSERVER)).toMatchObject({ annotations: 0, repliesGiven: 0, claims: 0, votes: 0 });
  });

  it('narrows the figures to one reading', async () => {
    const other = await ok<{ participation: Figures[] }>(
      PARTICIPATION,
      { seminarId: seminar.id, readingId: reading.id },
      cast.OWNER,
    );
    expect(other.participation.find((f) => f.member.id === cast.MEMBER.id)).toMatchObject({
      annotations: 2,
      claims: 1,
    });
  });

  it('shows a member their own figures, private and hidden posts included, and refuses them everyone’s', async () => {
    const { myParticipation } = await ok<{ myParticipation: Figures }>(
      MY_PARTICIPATION,
      { seminarId: seminar.id },
      second,
    );
    expect(myParticipation).toMatchObject({
      member: { id: second.id },
      annotations: 2,
      repliesReceived: 1,
      reactionsReceived: 1,
      claims: 1,
    });
    expect(outcome(await api.gql(PARTICIPATION, { seminarId: seminar.id }, second.token))).toBe('FORBIDDEN');
  });

  it('computes the map and the participation of 10 or 200 annotations in the same number of statements', async () => {
    const count = async (n: number) => {
      const text = 'Human security.\n\n'.repeat(n);
      const r = { id: (await addReading(api, seminar.id, cast.OWNER, text)).id, text };
      await annotated(api, cast.MEMBER, r, 'Human security');
      // The rest straight into the tables: each with its thread, a reply and a DISAGREE, one per paragraph.
      await db.query(
        `WITH t AS (
           INSERT INTO threads (seminar_id, subject_type, subject_id, room)
           SELECT $1::uuid, 'annotation', gen_random_uuid(), 'reading:' || $2 FROM generate_series(2, $3::int) RETURNING id, subject_id),
         numbered AS (SELECT t.*, row_number() OVER () AS n FROM t),
         a AS (
           INSERT INTO annotations (id, seminar_id, reading_id, thread_id, revision_number, author_id, motivation, body, body_html, color, visibility,
             quote_exact, quote_prefix, quote_suffix, position_start, position_end, anchor_status, anchor_score)
           SELECT subject_id, $1::uuid, $2::uuid, id, 1, $4::uuid, 'questioning', 'Why?', '<p>Why?</p>', 'yellow', 'SEMINAR',
                  'Human security', '', '', n * 17, n * 17 + 14, 'exact', 1 FROM numbered RETURNING id, thread_id)
         INSERT INTO comments (thread_id, seminar_id, depth, author_id, body, body_html) SELECT a.thread_id, $1::uuid, 0, $5::uuid, 'Reply', '<p>Reply</p>' FROM a`,
        [seminar.id, r.id, n, cast.MEMBER.id, cast.OWNER.id],
      );
      await db.query(
        `INSERT INTO reactions (subject_type, subject_id, user_id, kind) SELECT 'annotation', id, $2, 'DISAGREE' FROM annotations WHERE reading_id = $1`,
        [r.id, cast.OWNER.id],
      );
      const statements = async (query: string, variables: Record<string, unknown>) => {
        // Forget the cached session, so both counts include its one look-up.
        api.app.get(AuthService).forgetSession(sessionIdOf(cast.OWNER.token));
        const before = StatementCounter.total;
        const result = await api.gql<Record<string, unknown>>(query, variables, cast.OWNER.token);
        if (!result.data) throw new Error(JSON.stringify(result.errors));
        return { statements: StatementCounter.total - before, data: result.data };
      };
      const mapped = await statements(DISCUSSION_MAP, { readingId: r.id });
      expect((mapped.data as unknown as MapResult).discussionMap.passages.reduce((s, p) => s + p.questions, 0)).toBe(
        n - 1,
      );
      const figures = await statements(PARTICIPATION, { seminarId: seminar.id, readingId: r.id });
      const member = (figures.data as { participation: Figures[] }).participation.find(
        (f) => f.member.id === cast.MEMBER.id,
      );
      expect(member?.annotations).toBe(n);
      return [mapped.statements, figures.statements];
    };
    const small = await count(10);
    const large = await count(200);
    expect(large).toEqual(small);
    expect(Math.max(...large)).toBeLessThanOrEqual(5);
  });
});
