import { EventEnvelope, userRoom } from '@glossa/contracts';
import { useEffect, useState } from 'react';
import { useRoomEvents } from '../../realtime/useRoomEvents';
import { AssignmentItem, useAssignments } from './useAssignments';

/** setTimeout's longest wait; a due date further away is checked again when the page is next opened. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * Hide-until-you-post as the reading room sees it (docs/assignments.md): the assignment hiding the
 * others' annotations from the viewer (null when none does), and how many times it stopped — when
 * the viewer's own post unlocks the reading (`assignment.unlocked` in their own room) or their due
 * date passes — so the room can join the reading's room and load everyone's annotations at once;
 * `ready` once the assignments are known.
 */
export function useReadingReveal(
  seminarId: string,
  readingId: string,
  viewerId: string | null,
): { hiding: AssignmentItem | null; unlocks: number; ready: boolean } {
  const { assignments, ready, reload } = useAssignments(seminarId, readingId);
  const [unlocks, setUnlocks] = useState(0);
  const hiding = assignments.find((a) => a.myProgress.hidesOthers) ?? null;

  useRoomEvents(
    viewerId ? [userRoom(viewerId)] : [],
    (event) => {
      if (event.type !== 'assignment.unlocked') return;
      if ((event as EventEnvelope<'assignment.unlocked'>).payload.readingId !== readingId) return;
      setUnlocks((n) => n + 1);
      reload();
    },
    { resyncOnSubscribe: false },
  );

  const dueAt = hiding?.myProgress.dueAt;
  useEffect(() => {
    if (!dueAt) return;
    const wait = new Date(dueAt).getTime() - Date.now();
    if (wait > LONGEST_TIMER_MS) return;
    const timer = setTimeout(
      () => {
        setUnlocks((n) => n + 1);
        reload();
      },
      Math.max(wait, 0) + 500,
    );
    return () => clearTimeout(timer);
  }, [dueAt, reload]);

  return { hiding, unlocks, ready };
}
