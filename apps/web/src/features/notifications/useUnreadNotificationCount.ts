import { EventEnvelope, userRoom } from '@glossa/contracts';
import { useCallback, useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useRoomEvents } from '../../realtime/useRoomEvents';
import { useViewer } from '../auth/useViewer';

const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** Live `notification.created` events keep the count fresh; polling is the fallback (e.g. no socket). */
const POLL_MS = 30_000;

/** How many of my notifications are unread, kept fresh while the page is open. */
export function useUnreadNotificationCount(): { count: number; refresh: () => void } {
  const [result, reexecute] = useQuery({ query: UnreadNotificationCountDocument, requestPolicy: 'cache-and-network' });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useEffect(() => {
    const timer = setInterval(refresh, POLL_MS);
    const onFocus = () => refresh();
    window.addEventListener('focus', onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [refresh]);

  const viewer = useViewer();
  const viewerId = viewer.status === 'signed-in' ? viewer.viewer.id : null;
  const onEvent = useCallback(
    (event: EventEnvelope) => {
      if (event.type === 'notification.created') refresh();
    },
    [refresh],
  );
  useRoomEvents(viewerId ? [userRoom(viewerId)] : [], onEvent, { onResync: refresh, resyncOnSubscribe: false });
  return { count: result.data?.unreadNotificationCount ?? 0, refresh };
}
