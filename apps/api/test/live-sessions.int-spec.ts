import { EventEnvelope, liveSessionRoom, readingRoom } from '@glossa/contracts';
import { annotated } from './annotation-factories';
import { seminarFor, addReading } from './factories';
import { LIVE_TEXT, liveHarness } from './live-harness';
import {
  ANSWER_POLL,
  END_LIVE,
  HAND_OVER,
  must,
  MOVE,
  openPoll,
  RAISE_HAND,
  SPOTLIGHT,
  START_LIVE,
} from './live-factories';
import { connected, Inbox, rawSocket } from './realtime-sockets';
import { outcome } from './test-app';

describe('live seminar sessions: starting, spotlights, following, catch-up and the end', () => {
  const h = liveHarness();

  it('starts one session per reading, tells the reading’s room, and refuses a second start with CONFLICT', async () => {
    const seminar = await seminarFor(h.api, h.cast);
    const reading = await addReading(h.api, seminar.id, h.cast.OWNER, LIVE_TEXT);
    const readers = await h.listen(h.cast.MEMBER.token, readingRoom(reading.id));
    const input = { subjectType: 'READING', subjectId: reading.id, clientId: 'live-start-0001' };
    const first = must(
      await h.api.gql<{ startLiveSession: { id: string } }>(START_LIVE, { input }, h.cast.OWNER.token),
      'start',
    );
    const retried = must(
      await h.api.gql<{ startLiveSession: { id: string } }>(START_LIVE, { input }, h.cast.OWNER.token),
      'retry',
    );
    expect(retried.startLiveSession.id).toBe(first.startLiveSession.id);
    const event = await readers.next<EventEnvelope<'live.session_changed'>>(
      'event',
      (e) => e.type === 'live.session_changed',
    );
    expect(event.payload.session).toMatchObject({ id: first.startLiveSession.id, endedAt: null });
    const second = await h.api.gql(
      START_LIVE,
      { input: { subjectType: 'READING', subjectId: reading.id } },
      h.cast.MODERATOR.token,
    );
    expect(outcome(second)).toBe('CONFLICT');
    const running = must(
      await h.api.gql<{ reading: { liveSession: { id: string } | null } }>(
        `query($id: ID!) { reading(id: $id) { liveSession { id } } }`,
        { id: reading.id },
        h.cast.MEMBER.token,
      ),
      'reading',
    );
    expect(running.reading.liveSession?.id).toBe(first.startLiveSession.id);
  });

  it('lets a member handed the facilitator role spotlight, and takes it from the one who handed it', async () => {
    const { session } = await h.readingScene();
    const handed = await h.api.gql(
      HAND_OVER,
      { input: { sessionId: session.id, userId: h.cast.MEMBER.id } },
      h.cast.OWNER.token,
    );
    expect(outcome(handed)).toBe('OK');
    const toObserver = await h.api.gql(
      HAND_OVER,
      { input: { sessionId: session.id, userId: h.cast.OBSERVER.id } },
      h.cast.OWNER.token,
    );
    expect(outcome(toObserver)).toBe('BAD_USER_INPUT');
    const byMember = await h.api.gql(
      SPOTLIGHT,
      { input: { sessionId: session.id, selection: { start: 0, end: 14 } } },
      h.cast.MEMBER.token,
    );
    expect(outcome(byMember)).toBe('OK');
    const byOwner = await h.api.gql(
      SPOTLIGHT,
      { input: { sessionId: session.id, selection: { start: 0, end: 5 } } },
      h.cast.OWNER.token,
    );
    expect(outcome(byOwner)).toBe('FORBIDDEN');
  });

  it('spotlights a selection and an annotation: participants receive each with its passage, and the history keeps both', async () => {
    const { reading, session } = await h.readingScene();
    const annotation = await annotated(
      h.api,
      h.cast.MEMBER,
      { id: reading.id, text: LIVE_TEXT },
      'responsibility to protect',
    );
    const inbox = await h.listen(h.cast.MEMBER.token, liveSessionRoom(session.id));
    const selection = must(
      await h.api.gql<{ spotlight: { exact: string } }>(
        SPOTLIGHT,
        {
          input: {
            sessionId: session.id,
            selection: { start: 0, end: 14 },
            note: 'Start here',
            clientId: 'spot-00000001',
          },
        },
        h.cast.OWNER.token,
      ),
      'spotlight',
    );
    expect(selection.spotlight.exact).toBe('Human security');
    const event = await inbox.next<EventEnvelope<'live.spotlighted'>>('event', (e) => e.type === 'live.spotlighted');
    expect(event.payload.spotlight).toMatchObject({ exact: 'Human security', note: 'Start here', start: 0, end: 14 });
    const onAnnotation = must(
      await h.api.gql<{ spotlight: { exact: string; kind: string } }>(
        SPOTLIGHT,
        { input: { sessionId: session.id, annotationId: annotation.id } },
        h.cast.OWNER.token,
      ),
      'spotlight annotation',
    );
    expect(onAnnotation.spotlight).toMatchObject({ kind: 'ANNOTATION', exact: 'responsibility to protect' });
    const now = await h.state(session.id, h.cast.MEMBER.token);
    expect(now.spotlights).toHaveLength(2);
    expect(now.spotlight?.exact).toBe('responsibility to protect');
    expect(now.position?.offset).toBe(LIVE_TEXT.indexOf('responsibility'));
  });

  it('refuses a spotlight of nothing, of two things, or past the end of the reading with BAD_USER_INPUT', async () => {
    const { session } = await h.readingScene();
    for (const input of [
      { sessionId: session.id },
      { sessionId: session.id, selection: { start: 0, end: 3 }, claimId: session.id },
      { sessionId: session.id, selection: { start: 0, end: LIVE_TEXT.length + 1 } },
      { sessionId: session.id, selection: { start: 5, end: 5 } },
    ]) {
      expect(outcome(await h.api.gql(SPOTLIGHT, { input }, h.cast.OWNER.token))).toBe('BAD_USER_INPUT');
    }
  });

  it('moves the following position and announces it only when it changed', async () => {
    const { session } = await h.readingScene();
    const inbox = await h.listen(h.cast.MEMBER.token, liveSessionRoom(session.id));
    for (let i = 0; i < 2; i++) {
      expect(outcome(await h.api.gql(MOVE, { input: { sessionId: session.id, offset: 40 } }, h.cast.OWNER.token))).toBe(
        'OK',
      );
    }
    await inbox.next<EventEnvelope<'live.position_moved'>>('event', (e) => e.type === 'live.position_moved');
    expect(outcome(await h.api.gql(MOVE, { input: { sessionId: session.id, offset: 41 } }, h.cast.OWNER.token))).toBe(
      'OK',
    );
    await inbox.next<EventEnvelope<'live.position_moved'>>(
      'event',
      (e) => e.type === 'live.position_moved' && e.payload.position.offset === 41,
    );
    expect(inbox.all<EventEnvelope>('event', (e) => e.type === 'live.position_moved')).toHaveLength(2);
    expect(outcome(await h.api.gql(MOVE, { input: { sessionId: session.id, offset: 1 } }, h.cast.MEMBER.token))).toBe(
      'FORBIDDEN',
    );
  });

  it('brings a late joiner to the current state through the query and the room’s replay', async () => {
    const { session } = await h.readingScene();
    const before = await h.state(session.id, h.cast.MEMBER.token);
    must(
      await h.api.gql(
        SPOTLIGHT,
        { input: { sessionId: session.id, selection: { start: 15, end: 33 } } },
        h.cast.OWNER.token,
      ),
      'spot',
    );
    const poll = await openPoll(h.api, h.cast.OWNER, session.id);
    must(await h.api.gql(ANSWER_POLL, { input: { pollId: poll.id, option: 1 } }, h.cast.MODERATOR.token), 'answer');
    const inbox = await h.listen(h.cast.MEMBER.token, liveSessionRoom(session.id), before.eventSeq);
    const replayed = inbox.all<{ events: EventEnvelope[] }>('replay').flatMap((m) => m.events);
    expect(replayed.map((e) => e.type)).toEqual(['live.spotlighted', 'live.poll_changed', 'live.poll_changed']);
    const now = await h.state(session.id, h.cast.MEMBER.token);
    expect(now.eventSeq).toBe(replayed[replayed.length - 1].seq);
    expect(now.spotlight?.exact).toBe('puts people first.');
    expect(now.poll).toMatchObject({ counts: [0, 1, 0], myAnswer: null });
  });

  it('ends a session once: closes its poll, saves the summary to the seminar, and refuses further changes with CONFLICT', async () => {
    const { seminar, session } = await h.readingScene();
    must(
      await h.api.gql(
        SPOTLIGHT,
        { input: { sessionId: session.id, selection: { start: 0, end: 14 }, note: 'Key term' } },
        h.cast.OWNER.token,
      ),
      'spot',
    );
    const poll = await openPoll(h.api, h.cast.OWNER, session.id);
    must(await h.api.gql(ANSWER_POLL, { input: { pollId: poll.id, option: 1 } }, h.cast.MEMBER.token), 'answer');
    expect(outcome(await h.api.gql(END_LIVE, { input: { sessionId: session.id } }, h.cast.MEMBER.token))).toBe(
      'FORBIDDEN',
    );
    const ended = must(
      await h.api.gql<{ endLiveSession: { live: boolean; summaryMarkdown: string } }>(
        END_LIVE,
        { input: { sessionId: session.id } },
        h.cast.MODERATOR.token,
      ),
      'end',
    );
    expect(ended.endLiveSession.live).toBe(false);
    expect(ended.endLiveSession.summaryMarkdown).toContain('1. “Human security”\n   — Key term');
    expect(ended.endLiveSession.summaryMarkdown).toContain('- People: 1 (100%)');
    expect((await h.state(session.id, h.cast.MEMBER.token)).poll?.open).toBe(false);
    expect(outcome(await h.api.gql(END_LIVE, { input: { sessionId: session.id } }, h.cast.OWNER.token))).toBe(
      'CONFLICT',
    );
    expect(outcome(await h.api.gql(RAISE_HAND, { input: { sessionId: session.id } }, h.cast.MEMBER.token))).toBe(
      'CONFLICT',
    );
    const saved = must(
      await h.api.gql<{ seminar: { liveSessions: Array<{ id: string; summaryMarkdown: string | null }> } }>(
        `query($id: ID!) { seminar(id: $id) { liveSessions { id summaryMarkdown } } }`,
        { id: seminar.id },
        h.cast.OBSERVER.token,
      ),
      'seminar',
    );
    expect(saved.seminar.liveSessions[0]).toMatchObject({
      id: session.id,
      summaryMarkdown: ended.endLiveSession.summaryMarkdown,
    });
  });

  it('keeps non-members out of a session’s room', async () => {
    const { session } = await h.readingScene();
    const socket = rawSocket(h.api.url, { auth: { token: h.cast.NON_MEMBER.token } });
    h.sockets.push(socket);
    const inbox = new Inbox(socket);
    await connected(socket);
    socket.emit('subscribe', { room: liveSessionRoom(session.id) });
    expect(await inbox.next<{ code: string }>('error')).toMatchObject({ code: 'NOT_FOUND' });
  });
});
