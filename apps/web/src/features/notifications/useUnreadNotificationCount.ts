import { useCallback, useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** Until live `notification.created` events arrive over the socket, the count is polled this often. */
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
  return { count: result.data?.unreadNotificationCount ?? 0, refresh };
}
