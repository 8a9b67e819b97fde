import { debateRoom, EventEnvelope, moderatorsRoom, userRoom } from '@glossa/contracts';
import { useCallback } from 'react';
import { useDebouncedCallback } from '../../ui/useDebouncedCallback';
import { useRoomEvents } from '../../realtime/useRoomEvents';

/**
 * Keeps a debate page live: new and approved claims, votes, evidence, replies, moderation and the
 * debate's settings. The debate room carries what every member sees; a person's own room what
 * concerns their posts (their claim approved or hidden); the moderators' room, for moderators,
 * the pending posts. Each relevant event reloads the tree (one query, a constant number of SQL
 * statements), so what each person sees is always what the API lets them see.
 */
export function useDebateLive(
  debateId: string,
  seminarId: string | null,
  viewerId: string | null,
  moderates: boolean,
  reload: () => void,
): void {
  const refresh = useDebouncedCallback(reload, 150);
  const rooms = viewerId ? [debateRoom(debateId), userRoom(viewerId)] : [debateRoom(debateId)];

  const onEvent = useCallback(
    (event: EventEnvelope) => {
      if (event.room === debateRoom(debateId) || concernsDebate(event, debateId)) refresh();
    },
    [debateId, refresh],
  );
  useRoomEvents(rooms, onEvent, { onResync: refresh });
  // Joined once the role is known, without re-subscribing the others.
  useRoomEvents(moderates && seminarId ? [moderatorsRoom(seminarId)] : [], onEvent, { onResync: refresh });
}

/** Whether an event of a person's own or the moderators' room is about this debate. */
function concernsDebate(event: EventEnvelope, debateId: string): boolean {
  const payload = event.payload as Record<string, unknown>;
  if (event.type === 'claim.created' || event.type === 'claim.updated') {
    return (payload['claim'] as { debateId?: string } | undefined)?.debateId === debateId;
  }
  if ('debateId' in payload) return payload['debateId'] === debateId;
  // A moderated reply or claim names no debate: reloading is cheap, missing it is not.
  return event.type === 'content.moderated' || event.type.startsWith('comment.');
}
