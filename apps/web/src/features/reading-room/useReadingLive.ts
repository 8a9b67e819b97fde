import { EventEnvelope, readingRoom, userRoom } from '@glossa/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { applyReadingEvent } from '../annotations/reading-live-events';
import type { AnnotationStore } from '../annotations/create-annotation-store';
import { useRoomEvents } from '../../realtime/useRoomEvents';

export interface ReadingLiveOptions {
  readingId: string;
  /** `reading { eventSeq }` when the page loaded: the room is heard from there, so nothing is missed. */
  eventSeq: number;
  store: AnnotationStore;
  viewerId: string | null;
  /** Whether the store holds the loaded annotations: events that arrive before are applied after. */
  loaded: boolean;
  refreshAnnotation: (annotationId: string) => void;
  /** Loads the reading (its text) and every annotation again. */
  reload: () => void;
  /** Told of each event as it arrives live (not the ones replayed before the load ended): the room's announcements. */
  onLive?: (event: EventEnvelope) => void;
  /**
   * Counts the times hide-until-you-post stopped applying to the viewer (docs/assignments.md): each
   * joins the reading's room again, and the annotations are loaded again once it is joined.
   */
  unlocks?: number;
}

/**
 * Keeps the reading room live (docs/design.md §Realtime): the reading's room carries what the seminar
 * sees, the viewer's own room their private annotations. Each event goes through
 * `applyReadingEvent`, once, in order, across reconnects (the client replays what a dropped
 * connection missed). Events that arrive while the annotations are still loading wait for them, so
 * the load cannot overwrite what they brought.
 */
export function useReadingLive({ readingId, eventSeq, store, viewerId, loaded, refreshAnnotation, reload, onLive, unlocks = 0 }: ReadingLiveOptions): void {
  const pending = useRef<EventEnvelope[]>([]);
  const ready = useRef(loaded);
  const deps = useRef({ store, viewerId, refreshAnnotation, reload, onLive });
  useEffect(() => {
    deps.current = { store, viewerId, refreshAnnotation, reload, onLive };
  });

  const apply = useCallback(
    (event: EventEnvelope) => {
      if (event.room === readingRoom(readingId) || concernsReading(event, readingId, deps.current.store)) applyReadingEvent(event, deps.current);
    },
    [readingId],
  );

  useEffect(() => {
    ready.current = loaded;
    if (!loaded) return;
    for (const event of pending.current.splice(0)) apply(event);
  }, [loaded, apply]);

  const onEvent = useCallback(
    (event: EventEnvelope) => {
      if (ready.current) {
        apply(event);
        if (event.room === readingRoom(readingId)) deps.current.onLive?.(event);
      } else pending.current.push(event);
    },
    [apply, readingId],
  );
  const resync = useCallback(() => deps.current.reload(), []);

  // The seq the page loaded with, as it was at mount: later reloads do not re-subscribe.
  const [since] = useState(() => ({ [readingRoom(readingId)]: eventSeq }));
  // Joined again after an unlock: from now, with a reload once joined (one query, not a refetch per replayed post).
  useRoomEvents([readingRoom(readingId)], onEvent, { since: unlocks === 0 ? since : undefined, onResync: resync, epoch: unlocks });
  useRoomEvents(viewerId ? [userRoom(viewerId)] : [], onEvent, { onResync: resync, resyncOnSubscribe: false });
}

/** Whether an event of the viewer's own room (private annotations, replies to them) is about this reading. */
function concernsReading(event: EventEnvelope, readingId: string, store: AnnotationStore): boolean {
  const payload = event.payload as Record<string, unknown>;
  if (event.type === 'annotation.created' || event.type === 'annotation.updated') {
    return (payload['annotation'] as { readingId?: string } | undefined)?.readingId === readingId;
  }
  if (event.type === 'annotation.deleted') return payload['readingId'] === readingId;
  if (event.type === 'comment.created' || event.type === 'comment.updated') {
    return typeof payload['subjectId'] === 'string' && payload['subjectId'] in store.getState().annotations;
  }
  // These change only subjects the store holds: an unknown one changes nothing.
  return event.type === 'comment.deleted' || event.type === 'reaction.changed';
}
