import type { Cast } from './factories';
import {
  ANSWER_POLL,
  CALL_ON,
  CLOSE_POLL,
  END_LIVE,
  HAND_OVER,
  LIVE_STATE,
  must,
  MOVE,
  OPEN_POLL,
  openPoll,
  RAISE_HAND,
  SPOTLIGHT,
  START_LIVE,
  START_ROUND,
  startLive,
} from './live-factories';
import { F, memberRow, Row } from './matrix-outcomes';
import { outcome, TestApp } from './test-app';

/** What the live-session cells of the permission matrix need of its scene. */
export interface LiveMatrixScene {
  api: TestApp;
  cast: Cast;
  reading: { id: string };
  token: string | null;
}

/** A session on the scene's reading, started (and so facilitated) by the owner. */
const session = (s: LiveMatrixScene) =>
  startLive(s.api, s.cast.OWNER, { subjectType: 'READING', subjectId: s.reading.id });

/** Every live-session operation, run by the matrix's actor (docs/live-sessions.md, "Who may do what"). */
export const liveOperations: Record<string, (s: LiveMatrixScene) => Promise<string>> = {
  'start a live session': async (s) =>
    outcome(await s.api.gql(START_LIVE, { input: { subjectType: 'READING', subjectId: s.reading.id } }, s.token)),
  'see a live session': async (s) => outcome(await s.api.gql(LIVE_STATE, { id: (await session(s)).id }, s.token)),
  'hand the facilitator role to the member': async (s) => {
    const { id } = await session(s);
    return outcome(await s.api.gql(HAND_OVER, { input: { sessionId: id, userId: s.cast.MEMBER.id } }, s.token));
  },
  'spotlight a passage': async (s) => {
    const { id } = await session(s);
    return outcome(await s.api.gql(SPOTLIGHT, { input: { sessionId: id, selection: { start: 0, end: 5 } } }, s.token));
  },
  'move the following position': async (s) => {
    const { id } = await session(s);
    return outcome(await s.api.gql(MOVE, { input: { sessionId: id, offset: 6 } }, s.token));
  },
  'open a poll': async (s) => {
    const { id } = await session(s);
    return outcome(
      await s.api.gql(OPEN_POLL, { input: { sessionId: id, question: 'Yes?', options: ['Yes', 'No'] } }, s.token),
    );
  },
  'answer a poll': async (s) => {
    const poll = await openPoll(s.api, s.cast.OWNER, (await session(s)).id);
    return outcome(await s.api.gql(ANSWER_POLL, { input: { pollId: poll.id, option: 0 } }, s.token));
  },
  'close a poll': async (s) => {
    const poll = await openPoll(s.api, s.cast.OWNER, (await session(s)).id);
    return outcome(await s.api.gql(CLOSE_POLL, { input: { pollId: poll.id } }, s.token));
  },
  'start a round': async (s) => {
    const { id } = await session(s);
    return outcome(
      await s.api.gql(START_ROUND, { input: { sessionId: id, prompt: 'Add a claim', seconds: 60 } }, s.token),
    );
  },
  'raise a hand': async (s) => {
    const { id } = await session(s);
    return outcome(await s.api.gql(RAISE_HAND, { input: { sessionId: id } }, s.token));
  },
  'call on a raised hand': async (s) => {
    const { id } = await session(s);
    must(await s.api.gql(RAISE_HAND, { input: { sessionId: id } }, s.cast.MEMBER.token), 'raiseHand');
    return outcome(await s.api.gql(CALL_ON, { input: { sessionId: id, userId: s.cast.MEMBER.id } }, s.token));
  },
  'end a live session': async (s) => {
    const { id } = await session(s);
    return outcome(await s.api.gql(END_LIVE, { input: { sessionId: id } }, s.token));
  },
};

/** Owners and moderators start and steer; only the facilitator (here the owner) leads; observers watch. */
export const liveExpected: Record<keyof typeof liveOperations, Row> = {
  'start a live session': memberRow('OK', 'OK', F, F),
  'see a live session': memberRow('OK', 'OK', 'OK', 'OK'),
  'hand the facilitator role to the member': memberRow('OK', 'OK', F, F),
  'spotlight a passage': memberRow('OK', F, F, F),
  'move the following position': memberRow('OK', F, F, F),
  'open a poll': memberRow('OK', F, F, F),
  'answer a poll': memberRow('OK', 'OK', 'OK', F),
  'close a poll': memberRow('OK', F, F, F),
  'start a round': memberRow('OK', F, F, F),
  'raise a hand': memberRow('OK', 'OK', 'OK', F),
  'call on a raised hand': memberRow('OK', F, F, F),
  'end a live session': memberRow('OK', 'OK', F, F),
};
