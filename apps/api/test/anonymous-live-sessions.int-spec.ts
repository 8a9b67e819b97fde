import { liveSessionRoom, readingRoom, seminarRoom } from '@glossa/contracts';
import { SET_DEBATE_ANONYMITY, SET_SEMINAR_ANONYMITY } from './anonymity-matrix-operations';
import { addClaim, createDebate } from './debate-factories';
import { anonymityHarness } from './anonymity-harness';
import { addReading, createSeminar, joinAs } from './factories';
import { ANSWER_POLL, CALL_ON, END_LIVE, HAND_OVER, must, openPoll, RAISE_HAND, startLive } from './live-factories';
import { sleep } from './realtime-sockets';

const TEXT = 'Human security puts people first. Sovereignty is a responsibility to protect.';
const SESSION = `query($id: ID!) { liveSession(id: $id) { id myEventId facilitator { id displayName pseudonym }
  poll { voters { userId displayName option } } polls { voters { userId displayName } }
  hands { user { id displayName pseudonym } } summaryMarkdown } }`;
const SEMINAR_SESSIONS = `query($id: ID!) { seminar(id: $id) { liveSessions { id facilitator { id displayName } summaryMarkdown } } }`;
const READING_SESSION = `query($id: ID!) { reading(id: $id) { liveSession { id facilitator { id displayName } } } }`;

/**
 * Live sessions in anonymous mode (docs/anonymous-mode.md, docs/live-sessions.md): a peer looks for
 * a member's real name and user id in every live-session query, event and replay, and finds none;
 * owners and moderators see names.
 */
describe('live sessions in anonymous discussions', () => {
  const h = anonymityHarness();
  const { listen, leaks } = h;

  async function scene(title: string) {
    const seminar = await createSeminar(h.api, h.owner, title);
    await joinAs(h.api, seminar, h.owner, h.moderator, 'MODERATOR');
    await joinAs(h.api, seminar, h.owner, h.author, 'MEMBER');
    await joinAs(h.api, seminar, h.owner, h.peer, 'MEMBER');
    return seminar;
  }

  /** The author raises a hand, answers a named poll, is handed the lead and calls on the peer by the id the peer's view gives. */
  async function takePart(sessionId: string) {
    must(await h.api.gql(RAISE_HAND, { input: { sessionId } }, h.author.token), 'raiseHand');
    const poll = await openPoll(h.api, h.owner, sessionId, { anonymous: false });
    must(await h.api.gql(ANSWER_POLL, { input: { pollId: poll.id, option: 1 } }, h.author.token), 'answerLivePoll');
    const seenByPeer = must(await h.api.gql<{ liveSession: { hands: Array<{ user: { id: string } }> } }>(SESSION, { id: sessionId }, h.peer.token), 'liveSession');
    const authorAsSeen = seenByPeer.liveSession.hands[0].user.id;
    expect(authorAsSeen).not.toBe(h.author.id);
    // The owner hands the lead over by the opaque id a peer would know too.
    must(await h.api.gql(HAND_OVER, { input: { sessionId, userId: authorAsSeen } }, h.owner.token), 'handLiveFacilitator');
    must(await h.api.gql(RAISE_HAND, { input: { sessionId } }, h.peer.token), 'raiseHand');
    // The h.author, now leading as a member, sees the peer by pseudonym and calls on them by that id.
    const seenByAuthor = must(await h.api.gql<{ liveSession: { hands: Array<{ user: { id: string; displayName: string } }> } }>(SESSION, { id: sessionId }, h.author.token), 'liveSession');
    const peerAsSeen = seenByAuthor.liveSession.hands.find((hand) => hand.user.displayName !== h.author.displayName)?.user.id;
    expect(peerAsSeen).not.toBe(h.peer.id);
    const called = must(await h.api.gql<{ callOnHand: unknown[] }>(CALL_ON, { input: { sessionId, userId: peerAsSeen } }, h.author.token), 'callOnHand');
    expect(called.callOnHand).toHaveLength(1);
  }

  it('shows a peer of an anonymous seminar its live session’s facilitator, hands, voters, events, replay and summary by pseudonym only', async () => {
    const seminar = await scene('Anonymous live seminar');
    const reading = await addReading(h.api, seminar.id, h.owner, TEXT);
    must(await h.api.gql(SET_SEMINAR_ANONYMITY, { input: { seminarId: seminar.id, anonymous: true } }, h.owner.token), 'setSeminarAnonymity');
    const session = await startLive(h.api, h.owner, { subjectType: 'READING', subjectId: reading.id });
    const live = await listen(h.peer, [liveSessionRoom(session.id), readingRoom(reading.id), seminarRoom(seminar.id)]);
    // The author is present in the session's room too: presence names them to everyone there.
    await listen(h.author, [liveSessionRoom(session.id)]);
    await takePart(session.id);
    const during = must(await h.api.gql(SESSION, { id: session.id }, h.peer.token), 'liveSession');
    const onReading = must(await h.api.gql(READING_SESSION, { id: reading.id }, h.peer.token), 'reading');
    const mine = must(await h.api.gql<{ liveSession: { myEventId: string } }>(SESSION, { id: session.id }, h.author.token), 'liveSession');
    must(await h.api.gql(END_LIVE, { input: { sessionId: session.id } }, h.author.token), 'endLiveSession');
    await sleep(500);

    const asPeer = {
      during,
      onReading,
      after: must(await h.api.gql(SESSION, { id: session.id }, h.peer.token), 'liveSession'),
      seminar: must(await h.api.gql(SEMINAR_SESSIONS, { id: seminar.id }, h.peer.token), 'seminar'),
      live: live.received,
      replay: (await listen(h.peer, [liveSessionRoom(session.id), readingRoom(reading.id), seminarRoom(seminar.id)], 0)).received,
    };
    const events = JSON.stringify(asPeer.live);
    for (const type of ['live.hands_changed', 'live.poll_changed', 'live.session_changed', 'presence.changed']) expect(events).toContain(type);
    for (const [where, answer] of Object.entries(asPeer)) expect({ where, leaks: leaks(answer) }).toEqual({ where, leaks: [] });
    // The author's own view tells them which id the events give them, so their screen knows its own hand.
    expect(mine.liveSession.myEventId).not.toBe(h.author.id);
    expect(events).toContain(mine.liveSession.myEventId);

    const asModerator = JSON.stringify(must(await h.api.gql(SESSION, { id: session.id }, h.moderator.token), 'liveSession'));
    expect(asModerator).toContain(h.author.displayName);
    expect(asModerator).toContain(h.author.id);
  });

  it('shows a peer of an anonymous debate’s live session only the debate’s pseudonyms, in the round’s summary too', async () => {
    const seminar = await scene('Named seminar, anonymous debate');
    const debate = await createDebate(h.api, h.owner, seminar.id);
    must(await h.api.gql(SET_DEBATE_ANONYMITY, { input: { debateId: debate.id, anonymous: true } }, h.owner.token), 'setDebateAnonymity');
    const session = await startLive(h.api, h.owner, { subjectType: 'DEBATE', subjectId: debate.id });
    const live = await listen(h.peer, [liveSessionRoom(session.id)]);
    must(await h.api.gql(`mutation($input: StartLiveRoundInput!) { startLiveRound(input: $input) { id } }`, { input: { sessionId: session.id, prompt: 'Add a claim', seconds: 120 } }, h.owner.token), 'startLiveRound');
    await addClaim(h.api, h.author, debate.id, { stance: 'PRO', body: 'People before borders.' });
    await takePart(session.id);
    const ended = must(await h.api.gql<{ endLiveSession: { summaryMarkdown: string } }>(END_LIVE, { input: { sessionId: session.id } }, h.author.token), 'endLiveSession');
    expect(ended.endLiveSession.summaryMarkdown).toContain('People before borders.');
    await sleep(500);

    const asPeer = {
      after: must(await h.api.gql(SESSION, { id: session.id }, h.peer.token), 'liveSession'),
      seminar: must(await h.api.gql(SEMINAR_SESSIONS, { id: seminar.id }, h.peer.token), 'seminar'),
      live: live.received,
      replay: (await listen(h.peer, [liveSessionRoom(session.id)], 0)).received,
    };
    for (const [where, answer] of Object.entries(asPeer)) expect({ where, leaks: leaks(answer) }).toEqual({ where, leaks: [] });
  });

  it('rewrites a running session’s history when its seminar becomes anonymous, so a replay from 0 names nobody', async () => {
    const seminar = await scene('Seminar switched mid-session');
    const reading = await addReading(h.api, seminar.id, h.owner, TEXT);
    const session = await startLive(h.api, h.owner, { subjectType: 'READING', subjectId: reading.id });
    must(await h.api.gql(RAISE_HAND, { input: { sessionId: session.id } }, h.author.token), 'raiseHand');
    const poll = await openPoll(h.api, h.owner, session.id, { anonymous: false });
    must(await h.api.gql(ANSWER_POLL, { input: { pollId: poll.id, option: 0 } }, h.author.token), 'answerLivePoll');
    must(await h.api.gql(SET_SEMINAR_ANONYMITY, { input: { seminarId: seminar.id, anonymous: true } }, h.owner.token), 'setSeminarAnonymity');

    const replay = (await listen(h.peer, [liveSessionRoom(session.id)], 0)).received;
    expect(JSON.stringify(replay)).toContain('live.hands_changed');
    expect(leaks(replay)).toEqual([]);
  });
});
