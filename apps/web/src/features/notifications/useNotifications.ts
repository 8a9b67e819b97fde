import { useCallback } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { NotificationsQuery } from '../../gql/graphql';
import { errorMessage } from '../../graphql/graphql-error';

const NotificationsDocument = graphql(`
  query Notifications {
    notifications(first: 20) {
      edges {
        node {
          id
          kind
          excerpt
          read
          createdAt
          readingId
          seminarId
          subjectId
          subjectType
        }
      }
    }
  }
`);

const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);

export type NotificationItem = NotificationsQuery['notifications']['edges'][number]['node'];

export interface NotificationsState {
  items: NotificationItem[] | null;
  error: string | null;
  /** Marks these (or, with none given, all of mine) read; resolves when done. */
  markRead: (ids?: string[]) => Promise<void>;
}

/** My latest notifications, fetched while the list is open. */
export function useNotifications(open: boolean, onChanged: () => void): NotificationsState {
  const [result, reexecute] = useQuery({ query: NotificationsDocument, pause: !open, requestPolicy: 'network-only' });
  const [, mark] = useMutation(MarkNotificationsReadDocument);
  const markRead = useCallback(
    async (ids: string[] = []) => {
      await mark({ input: { ids } });
      onChanged();
      if (open) reexecute({ requestPolicy: 'network-only' });
    },
    [mark, onChanged, open, reexecute],
  );
  return {
    items: result.data ? result.data.notifications.edges.map((e) => e.node) : null,
    error: result.error ? errorMessage(result.error) : null,
    markRead,
  };
}

/** Where a notification leads: the reading, opened at the annotation (or the reply's thread). */
export function notificationHref(
  item: Pick<NotificationItem, 'readingId' | 'seminarId' | 'subjectId' | 'subjectType'>,
): string {
  // A debate's discussion has no reading: its seminar's page lists the debate.
  if (!item.readingId) return `/seminars/${item.seminarId}`;
  const key = item.subjectType === 'reply' ? 'reply' : 'annotation';
  return `/readings/${item.readingId}?${key}=${encodeURIComponent(item.subjectId)}`;
}
