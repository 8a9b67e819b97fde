import { moderatorsRoom, readingRoom } from '@glossa/contracts';
import { DataSource } from 'typeorm';
import { EventLog } from '../src/events/event-log';
import { StatementCounter } from '../src/database/statement-counter';
import { AuthService } from '../src/auth/auth.service';
import { loadConfig } from '../src/config/app-config';
import { annotated } from './annotation-factories';
import { addClaim, ADD_CLAIM, createDebate, MODERATE } from './debate-factories';
import { addReading, Cast, registerCast, seminarFor } from './factories';
import { outcome, startTestApp, TestApp } from './test-app';

/** The session id a token carries (its `sid` claim). */
function sessionIdOf(token: string): string {
  return (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sid: string }).sid;
}

const TEXT =
  'National security and human security can coexist. The veto is the price of the great powers’ participation. ' +
  'The Genocide Convention is a source of authority for intervention.';

const DEBATE_VIEW = `query($id: ID!, $sort: ClaimSort) { debate(id: $id) { motion proLabel conLabel claimCount
  claims(sort: $sort) { id parentId stance body moderation pinned deleted author { displayName } replyCount
    votes { distribution mean count mine } evidence { id anchorStatus target { exact } readingId } } } }`;

type ClaimNode = {
  id: string;
  parentId: string | null;
  stance: string;
  body: string;
  moderation: string;
  votes: { distribution: number[]; mean: number | null; count: number; mine: number | null };
  evidence: Array<{ id: string; anchorStatus: string; target: { exact: string } }>;
};

describe('debates', () => {
  let api: TestApp;
  let db: DataSource;
  let cast: Cast;
  let seminarId: string;
  let reading: { id: string; text: string };

  const claims = async (debateId: string, token: string, sort = 'NEWEST'): Promise<ClaimNode[]> => {
    const result = await api.gql<{ debate: { claims: ClaimNode[] } }>(DEBATE_VIEW, { id: debateId, sort }, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.debate.claims;
  };

  beforeAll(async () => {
    // No job polling here: the statement counts below count every statement of the process.
    api = await startTestApp({ documents: { ...loadConfig({ NODE_ENV: 'test' }).documents, runJobs: false } });
    db = api.app.get(DataSource);
    cast = await registerCast(api);
    seminarId = (await seminarFor(api, cast)).id;
    reading = { id: (await addReading(api, seminarId, cast.OWNER, TEXT)).id, text: TEXT };
  });
  afterAll(() => api.close());

  it('lets owners and moderators open a debate, not members (FORBIDDEN)', async () => {
    const debate = await createDebate(api, cast.MODERATOR, seminarId, { readingIds: [reading.id] });
    const view = await api.gql<{ debate: { readings: Array<{ id: string }> } }>(
      `query($id: ID!) { debate(id: $id) { readings { id } } }`,
      { id: debate.id },
      cast.OBSERVER.token,
    );
    expect(view.data?.debate.readings).toEqual([{ id: reading.id }]);
    const refused = await api.gql(
      `mutation($input: CreateDebateInput!) { createDebate(input: $input) { id } }`,
      { input: { seminarId, motion: 'Members cannot open debates here.', proLabel: 'Yes', conLabel: 'No' } },
      cast.MEMBER.token,
    );
    expect(outcome(refused)).toBe('FORBIDDEN');
    expect(
      outcome(await api.gql(`query($id: ID!) { debate(id: $id) { id } }`, { id: debate.id }, cast.NON_MEMBER.token)),
    ).toBe('NOT_FOUND');
  });

  it('builds a tree of pros and cons to any depth, parents before children', async () => {
    const debate = await createDebate(api, cast.OWNER, seminarId);
    const pro = await addClaim(api, cast.MEMBER, debate.id, {
      stance: 'PRO',
      body: 'Mass atrocities void the shield of sovereignty.',
    });
    const con = await addClaim(api, cast.MODERATOR, debate.id, {
      stance: 'CON',
      body: 'Intervention is abused by the powerful.',
    });
    const rebuttal = await addClaim(api, cast.OWNER, debate.id, {
      stance: 'CON',
      parentId: pro.id,
      body: 'Who decides what counts as atrocity?',
    });
    const deeper = await addClaim(api, cast.MEMBER, debate.id, {
      stance: 'PRO',
      parentId: rebuttal.id,
      body: 'The Security Council, by resolution.',
    });
    const ordered = await claims(debate.id, cast.OBSERVER.token, 'NEWEST');
    expect(ordered.map((c) => c.id)).toEqual([con.id, pro.id, rebuttal.id, deeper.id]);
    expect(ordered.find((c) => c.id === deeper.id)).toMatchObject({ parentId: rebuttal.id, stance: 'PRO' });
    const observer = await api.gql(
      ADD_CLAIM,
      { input: { debateId: debate.id, stance: 'PRO', body: 'Observers only read.' } },
      cast.OBSERVER.token,
    );
    expect(outcome(observer)).toBe('FORBIDDEN');
    const wrongParent = await api.gql(
      ADD_CLAIM,
      { input: { debateId: debate.id, stance: 'PRO', body: 'x', parentId: '00000000-0000-4000-8000-000000000000' } },
      cast.MEMBER.token,
    );
    expect(outcome(wrongParent)).toBe('BAD_USER_INPUT');
  });

  it('keeps impact votes 0–4 per member with distribution, mean and mine, and sorts by impact', async () => {
    const debate = await createDebate(api, cast.OWNER, seminarId);
    const weak = await addClaim(api, cast.MEMBER, debate.id, { body: 'Weak.' });
    const strong = await addClaim(api, cast.MEMBER, debate.id, { body: 'Strong.' });
    const vote = (token: string, claimId: string, impact: number | null) =>
      api.gql(
        `mutation($input: VoteInput!) { voteOnClaim(input: $input) { id } }`,
        { input: { claimId, impact } },
        token,
      );
    await vote(cast.OWNER.token, strong.id, 4);
    await vote(cast.MODERATOR.token, strong.id, 3);
    await vote(cast.MEMBER.token, strong.id, 1);
    await vote(cast.MEMBER.token, strong.id, 4); // changes the member's vote
    await vote(cast.OWNER.token, weak.id, 1);
    const [first, second] = await claims(debate.id, cast.MEMBER.token, 'IMPACT');
    expect(first.id).toBe(strong.id);
    expect(first.votes).toEqual({ distribution: [0, 0, 0, 1, 2], mean: 11 / 3, count: 3, mine: 4 });
    expect(second.votes.mine).toBeNull();
    expect(outcome(await vote(cast.MEMBER.token, weak.id, 5))).toBe('BAD_USER_INPUT');
    expect(outcome(await vote(cast.OBSERVER.token, weak.id, 2))).toBe('FORBIDDEN');
    await vote(cast.OWNER.token, weak.id, null);
    expect((await claims(debate.id, cast.OWNER.token)).find((c) => c.id === weak.id)?.votes.count).toBe(0);
  });

  it('cites shared passages as evidence, shows them with the claim and marks them in the reading', async () => {
    const debate = await createDebate(api, cast.OWNER, seminarId, { readingIds: [reading.id] });
    const passage = await annotated(
      api,
      cast.MEMBER,
      reading,
      'The veto is the price of the great powers’ participation',
      { motivation: 'highlighting', body: '' },
    );
    const secret = await annotated(api, cast.MEMBER, reading, 'source of authority', { visibility: 'PRIVATE' });
    const claim = await addClaim(api, cast.MEMBER, debate.id, {
      stance: 'CON',
      body: 'The veto keeps the great powers in.',
      evidenceAnnotationIds: [passage.id],
    });
    const [shown] = await claims(debate.id, cast.OBSERVER.token);
    expect(shown.evidence).toEqual([
      {
        id: passage.id,
        anchorStatus: 'exact',
        target: { exact: 'The veto is the price of the great powers’ participation' },
        readingId: reading.id,
      },
    ]);
    const marked = await api.gql<{ annotation: { citedBy: Array<{ id: string; stance: string }> } }>(
      `query($id: ID!) { annotation(id: $id) { citedBy { id stance } } }`,
      { id: passage.id },
      cast.OBSERVER.token,
    );
    expect(marked.data?.annotation.citedBy).toEqual([{ id: claim.id, stance: 'CON' }]);
    const readingEvents = await api.app.get(EventLog).since(readingRoom(reading.id), 0);
    expect(readingEvents.find((e) => e.type === 'evidence.changed')?.payload).toEqual({
      claimId: claim.id,
      debateId: debate.id,
      annotationIds: [passage.id],
    });
    const privateCite = await api.gql(
      ADD_CLAIM,
      { input: { debateId: debate.id, stance: 'PRO', body: 'x', evidenceAnnotationIds: [secret.id] } },
      cast.MEMBER.token,
    );
    expect(outcome(privateCite)).toBe('BAD_USER_INPUT');
    const othersPrivate = await api.gql(
      ADD_CLAIM,
      { input: { debateId: debate.id, stance: 'PRO', body: 'x', evidenceAnnotationIds: [secret.id] } },
      cast.OWNER.token,
    );
    expect(outcome(othersPrivate)).toBe('BAD_USER_INPUT');
  });

  it('shows a cited passage as orphaned once a revision removes it', async () => {
    const own = { id: (await addReading(api, seminarId, cast.OWNER, TEXT)).id, text: TEXT };
    const debate = await createDebate(api, cast.OWNER, seminarId);
    const passage = await annotated(
      api,
      cast.MEMBER,
      own,
      'The Genocide Convention is a source of authority for intervention.',
      { motivation: 'highlighting', body: '' },
    );
    await addClaim(api, cast.MEMBER, debate.id, { evidenceAnnotationIds: [passage.id] });
    await api.gql(
      `mutation($input: ReviseReadingInput!) { reviseReading(input: $input) { id } }`,
      {
        input: {
          readingId: own.id,
          text: TEXT.replace(' The Genocide Convention is a source of authority for intervention.', ''),
        },
      },
      cast.OWNER.token,
    );
    const [claim] = await claims(debate.id, cast.MEMBER.token);
    expect(claim.evidence[0]).toMatchObject({
      anchorStatus: 'orphaned',
      target: { exact: 'The Genocide Convention is a source of authority for intervention.' },
    });
  });

  it('holds members’ claims in a pre-moderated debate until a moderator approves them, once', async () => {
    const debate = await createDebate(api, cast.OWNER, seminarId, { moderationMode: 'PRE_MODERATED' });
    const pending = await addClaim(api, cast.MEMBER, debate.id, { body: 'Waiting for approval.' });
    expect(pending.moderation).toBe('PENDING');
    expect((await claims(debate.id, cast.OBSERVER.token)).map((c) => c.id)).not.toContain(pending.id);
    expect((await claims(debate.id, cast.MEMBER.token)).find((c) => c.id === pending.id)?.moderation).toBe('PENDING');
    const queue = await api.gql<{
      moderationQueue: Array<{ kind: string; subjectId: string; excerpt: string; debateId: string }>;
    }>(
      `query($id: ID!) { moderationQueue(seminarId: $id) { kind subjectId excerpt debateId } }`,
      { id: seminarId },
      cast.MODERATOR.token,
    );
    expect(queue.data?.moderationQueue).toContainEqual({
      kind: 'PENDING_POST',
      subjectId: pending.id,
      excerpt: 'Waiting for approval.',
      debateId: debate.id,
    });
    const approve = {
      input: { subjectType: 'CLAIM', subjectId: pending.id, action: 'APPROVE', reason: 'On topic and civil.' },
    };
    const [a, b] = await Promise.all([
      api.gql(MODERATE, approve, cast.MODERATOR.token),
      api.gql(MODERATE, approve, cast.OWNER.token),
    ]);
    expect([outcome(a), outcome(b)].sort()).toEqual(['CONFLICT', 'OK']);
    expect((await claims(debate.id, cast.OBSERVER.token)).find((c) => c.id === pending.id)?.moderation).toBe('VISIBLE');
    const moderatorsOwn = await addClaim(api, cast.MODERATOR, debate.id, { body: 'Moderators post directly.' });
    expect(moderatorsOwn.moderation).toBe('VISIBLE');
  });

  it('enforces slow mode between one member’s claims, not for moderators', async () => {
    const debate = await createDebate(api, cast.OWNER, seminarId, { slowModeSeconds: 60 });
    await addClaim(api, cast.MEMBER, debate.id, { body: 'First.' });
    const second = await api.gql(
      ADD_CLAIM,
      { input: { debateId: debate.id, stance: 'CON', body: 'Too soon.' } },
      cast.MEMBER.token,
    );
    expect(outcome(second)).toBe('RATE_LIMITED');
    expect(second.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(50);
    await addClaim(api, cast.MODERATOR, debate.id, { body: 'One.' });
    await addClaim(api, cast.MODERATOR, debate.id, { body: 'Two.' });
  });

  it('names the reporter on a closed flag, the moderator in the audit log and the author in the desk’s claim events', async () => {
    const debate = await createDebate(api, cast.OWNER, seminarId);
    const claim = await addClaim(api, cast.MEMBER, debate.id, { body: 'Something off topic.' });
    const flag = await api.gql<{ flag: { id: string } }>(
      `mutation($input: FlagInput!) { flag(input: $input) { id } }`,
      { input: { subjectType: 'CLAIM', subjectId: claim.id, reason: 'Off topic' } },
      cast.OBSERVER.token,
    );
    const CLOSE = `mutation($input: CloseFlagInput!) { closeFlag(input: $input) { id status reporterName subjectId } }`;
    const close = { input: { flagId: flag.data!.flag.id, resolution: 'DISMISSED', reason: 'It is on topic.' } };
    const closed = await api.gql<{ closeFlag: { status: string; reporterName: string; subjectId: string } }>(
      CLOSE,
      close,
      cast.MODERATOR.token,
    );
    expect(closed.data?.closeFlag).toMatchObject({
      status: 'DISMISSED',
      reporterName: cast.OBSERVER.displayName,
      subjectId: claim.id,
    });
    expect(outcome(await api.gql(CLOSE, close, cast.OWNER.token))).toBe('CONFLICT');
    const log = await api.gql<{ moderationLog: { edges: Array<{ node: { action: string; moderatorName: string } }> } }>(
      `query($id: ID!) { moderationLog(seminarId: $id, first: 1) { edges { node { action moderatorName } } } }`,
      { id: seminarId },
      cast.OWNER.token,
    );
    expect(log.data?.moderationLog.edges[0].node).toEqual({
      action: 'FLAG_DISMISSED',
      moderatorName: cast.MODERATOR.displayName,
    });
    const pin = { input: { subjectType: 'CLAIM', subjectId: claim.id, action: 'PIN', reason: 'A good example.' } };
    expect(outcome(await api.gql(MODERATE, pin, cast.MODERATOR.token))).toBe('OK');
    const [event] = await db.query(
      `SELECT payload FROM events WHERE room = $1 AND type = 'claim.updated' AND payload->'claim'->>'id' = $2
        ORDER BY seq DESC LIMIT 1`,
      [moderatorsRoom(seminarId), claim.id],
    );
    expect(event.payload.claim).toMatchObject({ authorName: cast.MEMBER.displayName, pinned: true });
  });

  it('hides a flagged claim from members but not from its author or moderators, and logs why', async () => {
    const debate = await createDebate(api, cast.OWNER, seminarId);
    const claim = await addClaim(api, cast.MEMBER, debate.id, { body: 'Something uncivil.' });
    const flag = await api.gql<{ flag: { id: string; status: string } }>(
      `mutation($input: FlagInput!) { flag(input: $input) { id status } }`,
      { input: { subjectType: 'CLAIM', subjectId: claim.id, reason: 'Personal attack' } },
      cast.OBSERVER.token,
    );
    expect(flag.data?.flag.status).toBe('OPEN');
    const hide = {
      input: { subjectType: 'CLAIM', subjectId: claim.id, action: 'HIDE', reason: 'Breaks the seminar’s rules.' },
    };
    const [one, two] = await Promise.all([
      api.gql(MODERATE, hide, cast.MODERATOR.token),
      api.gql(MODERATE, hide, cast.OWNER.token),
    ]);
    expect([outcome(one), outcome(two)].sort()).toEqual(['CONFLICT', 'OK']);
    expect((await claims(debate.id, cast.OBSERVER.token)).map((c) => c.id)).not.toContain(claim.id);
    expect((await claims(debate.id, cast.MEMBER.token)).find((c) => c.id === claim.id)?.moderation).toBe('HIDDEN');
    expect((await claims(debate.id, cast.MODERATOR.token)).find((c) => c.id === claim.id)?.moderation).toBe('HIDDEN');
    const [{ status }] = await db.query('SELECT status FROM flags WHERE id = $1', [flag.data!.flag.id]);
    expect(status).toBe('RESOLVED');
    const log = await api.gql<{
      moderationLog: {
        edges: Array<{ node: { action: string; reason: string; subjectId: string; moderatorName: string } }>;
      };
    }>(
      `query($id: ID!) { moderationLog(seminarId: $id) { edges { node { action reason subjectId moderatorName } } } }`,
      { id: seminarId },
      cast.OWNER.token,
    );
    expect(log.data?.moderationLog.edges[0].node).toMatchObject({
      action: 'HIDE',
      reason: 'Breaks the seminar’s rules.',
      subjectId: claim.id,
    });
    expect(
      outcome(
        await api.gql(
          `query($id: ID!) { moderationLog(seminarId: $id) { edges { node { id } } } }`,
          { id: seminarId },
          cast.MEMBER.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    await expect(db.query(`UPDATE moderation_actions SET reason = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM moderation_actions`)).rejects.toThrow(/append-only/);
  });

  it('requires a reason for every moderation action', async () => {
    const debate = await createDebate(api, cast.OWNER, seminarId);
    const claim = await addClaim(api, cast.MEMBER, debate.id);
    expect(
      outcome(
        await api.gql(
          MODERATE,
          { input: { subjectType: 'CLAIM', subjectId: claim.id, action: 'PIN', reason: '  ' } },
          cast.MODERATOR.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('refuses new claims in a locked debate and new replies in a locked thread', async () => {
    const debate = await createDebate(api, cast.OWNER, seminarId);
    const claim = await addClaim(api, cast.MEMBER, debate.id);
    const reply = () =>
      api.gql(
        `mutation($i: ReplyInput!) { reply(input: $i) { id } }`,
        { i: { threadId: claim.threadId, body: 'A reply on the claim.' } },
        cast.OWNER.token,
      );
    expect(outcome(await reply())).toBe('OK');
    await api.gql(
      MODERATE,
      { input: { subjectType: 'CLAIM', subjectId: claim.id, action: 'LOCK_THREAD', reason: 'Cooling down.' } },
      cast.MODERATOR.token,
    );
    expect(outcome(await reply())).toBe('FORBIDDEN');
    const lock = await api.gql(
      `mutation($input: ModerateDebateInput!) { moderateDebate(input: $input) { status } }`,
      { input: { debateId: debate.id, action: 'LOCK', reason: 'Seminar over.' } },
      cast.MODERATOR.token,
    );
    expect(lock.data).toEqual({ moderateDebate: { status: 'LOCKED' } });
    expect(
      outcome(
        await api.gql(ADD_CLAIM, { input: { debateId: debate.id, stance: 'PRO', body: 'Late.' } }, cast.MEMBER.token),
      ),
    ).toBe('FORBIDDEN');
  });

  it('says when a discussion is locked, on claims and annotations alike, and when it is unlocked', async () => {
    const debate = await createDebate(api, cast.OWNER, seminarId);
    const claim = await addClaim(api, cast.MEMBER, debate.id);
    const passage = await annotated(api, cast.MEMBER, reading, 'National security', { body: 'Whose security?' });
    const states = async () => {
      const [c, a] = await Promise.all([
        api.gql<{ claim: { locked: boolean } }>(
          `query($id: ID!) { claim(id: $id) { locked } }`,
          { id: claim.id },
          cast.MEMBER.token,
        ),
        api.gql<{ reading: { annotations: { edges: Array<{ node: { id: string; locked: boolean } }> } } }>(
          `query($id: ID!) { reading(id: $id) { annotations(first: 500) { edges { node { id locked } } } } }`,
          { id: reading.id },
          cast.MEMBER.token,
        ),
      ]);
      return [
        c.data?.claim.locked,
        a.data?.reading.annotations.edges.find((e) => e.node.id === passage.id)?.node.locked,
      ];
    };
    expect(await states()).toEqual([false, false]);
    for (const [subjectType, subjectId] of [
      ['CLAIM', claim.id],
      ['ANNOTATION', passage.id],
    ]) {
      const locked = await api.gql(
        MODERATE,
        { input: { subjectType, subjectId, action: 'LOCK_THREAD', reason: 'Cooling down.' } },
        cast.MODERATOR.token,
      );
      expect(locked.errors).toBeUndefined();
    }
    expect(await states()).toEqual([true, true]);
    await api.gql(
      MODERATE,
      { input: { subjectType: 'CLAIM', subjectId: claim.id, action: 'UNLOCK_THREAD', reason: 'Calm again.' } },
      cast.MODERATOR.token,
    );
    expect(await states()).toEqual([false, true]);
  });

  it('returns the whole debate in the same number of SQL statements for 5 or 100 claims', async () => {
    const count = async (n: number) => {
      const debate = await createDebate(api, cast.OWNER, seminarId);
      const passage = await annotated(api, cast.MEMBER, reading, 'National security', {
        motivation: 'highlighting',
        body: '',
      });
      let parentId: string | undefined;
      for (let i = 0; i < n; i++) {
        const claim = await addClaim(api, cast.MEMBER, debate.id, {
          body: `Claim ${i}`,
          parentId: i % 3 === 0 ? undefined : parentId,
          evidenceAnnotationIds: [passage.id],
        });
        parentId = claim.id;
      }
      // The session check may or may not hit its 10 s cache depending on how long the set-up took:
      // forget it, so both counts include its one look-up.
      api.app.get(AuthService).forgetSession(sessionIdOf(cast.OWNER.token));
      const before = StatementCounter.total;
      expect(await claims(debate.id, cast.OWNER.token, 'IMPACT')).toHaveLength(n);
      return StatementCounter.total - before;
    };
    const small = await count(5);
    const large = await count(100);
    expect(large).toBe(small);
  });
});
