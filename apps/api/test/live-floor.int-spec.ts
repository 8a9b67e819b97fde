import { EventEnvelope, liveSessionRoom } from '@glossa/contracts';
import { addClaim, createDebate } from './debate-factories';
import { seminarFor } from './factories';
import { liveHarness } from './live-harness';
import {
  ANSWER_POLL,
  CALL_ON,
  CLOSE_POLL,
  CLOSE_ROUND,
  END_LIVE,
  LOWER_HAND,
  must,
  OPEN_POLL,
  openPoll,
  RAISE_HAND,
  SPOTLIGHT,
  START_ROUND,
  startLive,
} from './live-factories';
import { outcome } from './test-app';

describe('live seminar sessions: polls, rounds and raised hands', () => {
  const h = liveHarness();

  it('counts one answer per person, lets it change until the poll closes, then freezes the tally', async () => {
    const { session } = await h.readingScene();
    const inbox = await h.listen(h.cast.OBSERVER.token, liveSessionRoom(session.id));
    const poll = await openPoll(h.api, h.cast.OWNER, session.id);
    const second = await h.api.gql(
      OPEN_POLL,
      { input: { sessionId: session.id, question: 'Again?', options: ['a', 'b'] } },
      h.cast.OWNER.token,
    );
    expect(outcome(second)).toBe('CONFLICT');
    const answer = (token: string, option: number) =>
      h.api.gql(ANSWER_POLL, { input: { pollId: poll.id, option } }, token);
    expect(outcome(await answer(h.cast.MEMBER.token, 0))).toBe('OK');
    expect(outcome(await answer(h.cast.MEMBER.token, 1))).toBe('OK');
    expect(outcome(await answer(h.cast.MODERATOR.token, 1))).toBe('OK');
    expect(outcome(await answer(h.cast.OBSERVER.token, 1))).toBe('FORBIDDEN');
    expect(outcome(await answer(h.cast.NON_MEMBER.token, 1))).toBe('NOT_FOUND');
    expect(outcome(await answer(h.cast.MEMBER.token, 3))).toBe('BAD_USER_INPUT');
    const last = await inbox.next<EventEnvelope<'live.poll_changed'>>(
      'event',
      (e) => e.type === 'live.poll_changed' && e.payload.poll.total === 2 && e.payload.poll.counts[1] === 2,
    );
    expect(last.payload.poll).toMatchObject({ counts: [0, 2, 0], voters: null, open: true });
    const mine = await h.state(session.id, h.cast.MEMBER.token);
    expect(mine.poll).toMatchObject({ myAnswer: 1, counts: [0, 2, 0], total: 2 });
    const closed = must(
      await h.api.gql<{ closeLivePoll: { open: boolean } }>(
        CLOSE_POLL,
        { input: { pollId: poll.id } },
        h.cast.OWNER.token,
      ),
      'close',
    );
    expect(closed.closeLivePoll.open).toBe(false);
    expect(outcome(await answer(h.cast.MEMBER.token, 0))).toBe('CONFLICT');
    expect(outcome(await h.api.gql(CLOSE_POLL, { input: { pollId: poll.id } }, h.cast.OWNER.token))).toBe('CONFLICT');
    expect((await h.state(session.id, h.cast.MEMBER.token)).poll).toMatchObject({ open: false, counts: [0, 2, 0] });
  });

  it('names who chose what only in polls that are not anonymous', async () => {
    const { session } = await h.readingScene();
    const poll = await openPoll(h.api, h.cast.OWNER, session.id, { anonymous: false });
    must(await h.api.gql(ANSWER_POLL, { input: { pollId: poll.id, option: 2 } }, h.cast.MEMBER.token), 'answer');
    expect((await h.state(session.id, h.cast.OWNER.token)).poll?.voters).toEqual([
      { userId: h.cast.MEMBER.id, option: 2 },
    ]);
  });

  it('runs an agree/disagree poll on a claim of a debate session', async () => {
    const seminar = await seminarFor(h.api, h.cast);
    const debate = await createDebate(h.api, h.cast.OWNER, seminar.id);
    const claim = await addClaim(h.api, h.cast.MEMBER, debate.id);
    const session = await startLive(h.api, h.cast.MODERATOR, { subjectType: 'DEBATE', subjectId: debate.id });
    const spot = await h.api.gql(
      SPOTLIGHT,
      { input: { sessionId: session.id, claimId: claim.id } },
      h.cast.MODERATOR.token,
    );
    expect(outcome(spot)).toBe('OK');
    const poll = must(
      await h.api.gql<{ openLivePoll: { kind: string; options: string[] } }>(
        OPEN_POLL,
        { input: { sessionId: session.id, claimId: claim.id } },
        h.cast.MODERATOR.token,
      ),
      'agreement poll',
    );
    expect(poll.openLivePoll).toMatchObject({ kind: 'AGREEMENT', options: ['Agree', 'Disagree'] });
  });

  it('runs a timed round with a countdown, closes it early once, and refuses a second running round', async () => {
    const seminar = await seminarFor(h.api, h.cast);
    const debate = await createDebate(h.api, h.cast.OWNER, seminar.id);
    const session = await startLive(h.api, h.cast.OWNER, { subjectType: 'DEBATE', subjectId: debate.id });
    const input = { sessionId: session.id, prompt: 'Add a claim for Intervention', seconds: 180, stance: 'PRO' };
    const round = must(
      await h.api.gql<{ startLiveRound: { id: string; open: boolean; secondsLeft: number } }>(
        START_ROUND,
        { input },
        h.cast.OWNER.token,
      ),
      'round',
    );
    expect(round.startLiveRound.open).toBe(true);
    expect(round.startLiveRound.secondsLeft).toBeGreaterThan(170);
    expect(outcome(await h.api.gql(START_ROUND, { input }, h.cast.OWNER.token))).toBe('CONFLICT');
    await addClaim(h.api, h.cast.MEMBER, debate.id, { body: 'Mass atrocities end sovereignty’s shield.' });
    const closed = await h.api.gql(CLOSE_ROUND, { input: { roundId: round.startLiveRound.id } }, h.cast.OWNER.token);
    expect(outcome(closed)).toBe('OK');
    expect(
      outcome(await h.api.gql(CLOSE_ROUND, { input: { roundId: round.startLiveRound.id } }, h.cast.OWNER.token)),
    ).toBe('CONFLICT');
    const ended = must(
      await h.api.gql<{ endLiveSession: { summaryMarkdown: string } }>(
        END_LIVE,
        { input: { sessionId: session.id } },
        h.cast.OWNER.token,
      ),
      'end',
    );
    expect(ended.endLiveSession.summaryMarkdown).toContain(
      '- **PRO** Mass atrocities end sovereignty’s shield. — Member',
    );
  });

  it('keeps a raise-hand queue in order, and the facilitator calling on someone takes their hand down', async () => {
    const { session } = await h.readingScene();
    const inbox = await h.listen(h.cast.OWNER.token, liveSessionRoom(session.id));
    must(await h.api.gql(RAISE_HAND, { input: { sessionId: session.id } }, h.cast.MEMBER.token), 'raise');
    must(await h.api.gql(RAISE_HAND, { input: { sessionId: session.id } }, h.cast.MODERATOR.token), 'raise');
    must(await h.api.gql(RAISE_HAND, { input: { sessionId: session.id } }, h.cast.MEMBER.token), 'raise again');
    expect((await h.state(session.id, h.cast.OWNER.token)).hands.map((h) => h.user.id)).toEqual([
      h.cast.MEMBER.id,
      h.cast.MODERATOR.id,
    ]);
    expect(
      outcome(
        await h.api.gql(CALL_ON, { input: { sessionId: session.id, userId: h.cast.MEMBER.id } }, h.cast.MEMBER.token),
      ),
    ).toBe('FORBIDDEN');
    must(
      await h.api.gql(CALL_ON, { input: { sessionId: session.id, userId: h.cast.MEMBER.id } }, h.cast.OWNER.token),
      'call on',
    );
    const called = await inbox.next<EventEnvelope<'live.hands_changed'>>(
      'event',
      (e) => e.type === 'live.hands_changed' && e.payload.calledOn !== null,
    );
    expect(called.payload.calledOn?.userId).toBe(h.cast.MEMBER.id);
    expect(called.payload.queue.map((h) => h.userId)).toEqual([h.cast.MODERATOR.id]);
    must(await h.api.gql(LOWER_HAND, { input: { sessionId: session.id } }, h.cast.MODERATOR.token), 'lower');
    expect((await h.state(session.id, h.cast.OWNER.token)).hands).toEqual([]);
    expect(
      outcome(
        await h.api.gql(CALL_ON, { input: { sessionId: session.id, userId: h.cast.MEMBER.id } }, h.cast.OWNER.token),
      ),
    ).toBe('CONFLICT');
  });
});
