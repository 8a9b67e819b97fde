import type {
  EventEnvelope,
  LiveHandPayload,
  LivePollPayload,
  LivePositionPayload,
  LiveRoundPayload,
  LiveSessionPayload,
  LiveSpotlightPayload,
} from '@glossa/contracts';

/** A running round with the local time its countdown ends (clocks of client and server need not agree). */
export interface LocalRound extends LiveRoundPayload {
  deadline: number;
  open: boolean;
}

/** Everything a screen shows of a live session; built from the `liveSession` query, then kept by events. */
export interface LiveState {
  session: LiveSessionPayload;
  spotlights: LiveSpotlightPayload[];
  position: LivePositionPayload | null;
  poll: (LivePollPayload & { myAnswer: number | null }) | null;
  round: LocalRound | null;
  hands: LiveHandPayload[];
  /** Whom the facilitator last called on, shown briefly. */
  calledOn: { userId: string; displayName: string } | null;
  summaryMarkdown: string | null;
  /** My id as the session's events carry it: my pseudonym's opaque id in an anonymous discussion. */
  myEventId: string | null;
}

/** Whether `id` (from the query or from an event) is the viewer. */
export function isMine(state: Pick<LiveState, 'myEventId'>, id: string, viewerId: string | null): boolean {
  return id === viewerId || (state.myEventId !== null && id === state.myEventId);
}

/**
 * Applies one event of the session's room (or its reading's/debate's room) to the state. Each
 * event carries the whole part it changes, so applying is replacing; `now` is the local time the
 * event arrived, from which a new round's countdown runs.
 */
export function applyLiveEvent(
  state: LiveState,
  event: EventEnvelope,
  now: number,
  viewerId: string | null,
): LiveState {
  switch (event.type) {
    case 'live.session_changed': {
      const { session } = (event as EventEnvelope<'live.session_changed'>).payload;
      if (session.id !== state.session.id) return state;
      const ended = session.endedAt !== null;
      return {
        ...state,
        session,
        round: ended && state.round ? { ...state.round, open: false } : state.round,
        poll: ended && state.poll ? { ...state.poll, open: false } : state.poll,
      };
    }
    case 'live.spotlighted': {
      const { spotlight } = (event as EventEnvelope<'live.spotlighted'>).payload;
      if (state.spotlights.some((s) => s.id === spotlight.id)) return state;
      return {
        ...state,
        spotlights: [...state.spotlights, spotlight],
        position: { offset: spotlight.start, claimId: spotlight.claimId },
      };
    }
    case 'live.position_moved':
      return { ...state, position: (event as EventEnvelope<'live.position_moved'>).payload.position };
    case 'live.poll_changed': {
      const { poll } = (event as EventEnvelope<'live.poll_changed'>).payload;
      const same = state.poll?.id === poll.id;
      let myAnswer = same ? (state.poll?.myAnswer ?? null) : null;
      const mine = poll.voters?.find((v) => isMine(state, v.userId, viewerId));
      if (mine) myAnswer = mine.option;
      return { ...state, poll: { ...poll, myAnswer } };
    }
    case 'live.round_changed': {
      const { round } = (event as EventEnvelope<'live.round_changed'>).payload;
      const open = round.closedAt === null;
      const deadline = state.round?.id === round.id ? state.round.deadline : now + round.seconds * 1000;
      return { ...state, round: { ...round, deadline, open } };
    }
    case 'live.hands_changed': {
      const { queue, calledOn } = (event as EventEnvelope<'live.hands_changed'>).payload;
      return { ...state, hands: queue, calledOn: calledOn ?? state.calledOn };
    }
    default:
      return state;
  }
}

/** Seconds left on a round's countdown at local time `now` (0 once over or closed). */
export function secondsLeft(round: LocalRound | null, now: number): number {
  if (!round || !round.open) return 0;
  return Math.max(0, Math.ceil((round.deadline - now) / 1000));
}

/** "2:05" */
export function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Each option's share of the answers, in whole percent. */
export function shares(counts: readonly number[], total: number): number[] {
  return counts.map((count) => (total ? Math.round((100 * count) / total) : 0));
}
