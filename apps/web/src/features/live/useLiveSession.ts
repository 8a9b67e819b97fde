import { debateRoom, EventEnvelope, liveSessionRoom, readingRoom } from '@glossa/contracts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import type { LiveSessionQuery } from '../../gql/graphql';
import { useRoomEvents } from '../../realtime/useRoomEvents';
import { LiveSessionDocument, RunningDebateSessionDocument, RunningReadingSessionDocument } from './live-documents';
import { applyLiveEvent, LiveState } from './live-state';

type Loaded = LiveSessionQuery['liveSession'];

/** The query's answer in the shape events keep up to date. */
export function stateFrom(loaded: Loaded, now: number): LiveState {
  return {
    session: {
      id: loaded.id,
      seminarId: loaded.seminarId,
      subjectType: loaded.subjectType,
      subjectId: loaded.subjectId,
      title: loaded.title,
      facilitatorId: loaded.facilitator.id,
      facilitatorName: loaded.facilitator.displayName,
      startedAt: loaded.startedAt,
      endedAt: loaded.endedAt ?? null,
    },
    spotlights: loaded.spotlights.map((s) => ({ ...s, start: s.start ?? null, end: s.end ?? null })),
    position: loaded.position
      ? { offset: loaded.position.offset ?? null, claimId: loaded.position.claimId ?? null }
      : null,
    poll: loaded.poll
      ? {
          ...loaded.poll,
          claimId: loaded.poll.claimId ?? null,
          closedAt: loaded.poll.closedAt ?? null,
          voters: loaded.poll.voters ?? null,
          myAnswer: loaded.poll.myAnswer ?? null,
        }
      : null,
    round: loaded.round
      ? {
          ...loaded.round,
          stance: loaded.round.stance ?? null,
          closedAt: loaded.round.closedAt ?? null,
          deadline: now + loaded.round.secondsLeft * 1000,
        }
      : null,
    hands: loaded.hands.map((h) => ({ userId: h.user.id, displayName: h.user.displayName, raisedAt: h.raisedAt })),
    calledOn: null,
    summaryMarkdown: loaded.summaryMarkdown ?? null,
    myEventId: loaded.myEventId,
  };
}

/**
 * A live session's state: loaded once (with the room's `eventSeq`), then kept by the session room's
 * events — the ordinary catch-up, so a reload or reconnect lands on the current spotlight, position,
 * poll with my answer, and round countdown. A stale room (too much missed) reloads.
 */
export function useLiveSession(
  sessionId: string,
  viewerId: string | null,
): { state: LiveState | null; reload: () => void; noteMyAnswer: (pollId: string, option: number) => void } {
  const [result, reexecute] = useQuery({
    query: LiveSessionDocument,
    variables: { id: sessionId },
    requestPolicy: 'network-only',
  });
  const [state, setState] = useState<LiveState | null>(null);
  const pending = useRef<EventEnvelope[]>([]);
  const loadedSeq = useRef<number | null>(null);

  useEffect(() => {
    const loaded = result.data?.liveSession;
    if (!loaded) return;
    loadedSeq.current = loaded.eventSeq;
    let next = stateFrom(loaded, Date.now());
    for (const event of pending.current.splice(0))
      if (event.seq > loaded.eventSeq) next = applyLiveEvent(next, event, Date.now(), viewerId);
    setState(next);
  }, [result.data, viewerId]);

  const onEvent = useCallback(
    (event: EventEnvelope) => {
      if (loadedSeq.current === null) {
        pending.current.push(event);
        return;
      }
      setState((current) => (current ? applyLiveEvent(current, event, Date.now(), viewerId) : current));
    },
    [viewerId],
  );
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const since = useMemo(() => {
    const seq = result.data?.liveSession.eventSeq;
    return seq === undefined ? undefined : { [liveSessionRoom(sessionId)]: seq };
  }, [result.data?.liveSession.eventSeq, sessionId]);
  useRoomEvents(since ? [liveSessionRoom(sessionId)] : [], onEvent, { since, onResync: reload });
  // My answer shows at once (anonymous tallies do not say whose answers they count).
  const noteMyAnswer = useCallback((pollId: string, option: number) => {
    setState((current) =>
      current?.poll?.id === pollId ? { ...current, poll: { ...current.poll, myAnswer: option } } : current,
    );
  }, []);
  return { state, reload, noteMyAnswer };
}

/** The session running on a reading or debate (null: none), kept live by its room's `live.session_changed`. */
export function useRunningSession(
  subjectType: 'READING' | 'DEBATE',
  subjectId: string,
): { sessionId: string | null; seminarId: string | null; refresh: () => void } {
  const [reading, refreshReading] = useQuery({
    query: RunningReadingSessionDocument,
    variables: { id: subjectId },
    pause: subjectType !== 'READING',
    requestPolicy: 'network-only',
  });
  const [debate, refreshDebate] = useQuery({
    query: RunningDebateSessionDocument,
    variables: { id: subjectId },
    pause: subjectType !== 'DEBATE',
    requestPolicy: 'network-only',
  });
  const loaded = subjectType === 'READING' ? reading.data?.reading : debate.data?.debate;
  const [override, setOverride] = useState<{ id: string | null } | null>(null);
  const refresh = useCallback(() => {
    setOverride(null);
    if (subjectType === 'READING') refreshReading({ requestPolicy: 'network-only' });
    else refreshDebate({ requestPolicy: 'network-only' });
  }, [subjectType, refreshReading, refreshDebate]);
  const room = subjectType === 'READING' ? readingRoom(subjectId) : debateRoom(subjectId);
  useRoomEvents(
    [room],
    (event) => {
      if (event.type !== 'live.session_changed') return;
      const { session } = (event as EventEnvelope<'live.session_changed'>).payload;
      setOverride({ id: session.endedAt ? null : session.id });
    },
    { resyncOnSubscribe: false, onResync: refresh },
  );
  return {
    sessionId: override ? override.id : (loaded?.liveSession?.id ?? null),
    seminarId: loaded?.seminarId ?? null,
    refresh,
  };
}
