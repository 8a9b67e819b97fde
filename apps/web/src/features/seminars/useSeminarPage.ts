import { readingRoom, seminarRoom } from '@glossa/contracts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { SeminarPageQuery } from '../../gql/graphql';
import { errorMessage, hasErrorCode } from '../../graphql/graphql-error';
import { useRoomEvents } from '../../realtime/useRoomEvents';

const SeminarPageDocument = graphql(`
  query SeminarPage($id: ID!, $since: DateTime) {
    seminar(id: $id) {
      id
      eventSeq
      name
      description
      myRole
      anonymous
      inviteCode
      memberCount
      readingCount
      readings(first: 30) {
        edges {
          node {
            id
            title
            author
            annotationCount
            newAnnotationCount(since: $since)
          }
        }
      }
      debates(first: 30) {
        edges {
          node {
            ...DebateSummaryFields
          }
        }
      }
      members(first: 50) {
        edges {
          node {
            id
            role
            joinedAt
            user {
              id
              displayName
            }
          }
        }
        pageInfo {
          hasNextPage
        }
      }
      recentActivity(first: 15) {
        id
        at
        summary
        readingId
        debateId
      }
    }
  }
`);

const MarkVisitedDocument = graphql(`
  mutation MarkSeminarVisited($input: SeminarRefInput!) {
    markSeminarVisited(input: $input)
  }
`);

export type SeminarPageData = SeminarPageQuery['seminar'];

export type SeminarPageState =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'error'; message: string }
  | { status: 'ready'; seminar: SeminarPageData; lastVisit: Date | null; reload: () => void };

/** Readings whose rooms the page listens to for annotation counts (a socket may join only so many rooms). */
const LIVE_READINGS = 20;
const RELOAD_AFTER_MS = 250;

/**
 * A seminar's page: records this visit first and keeps the moment of the one before, so "new since
 * your last visit" stays put while the page reloads live (the seminar's room and its first readings'
 * rooms: members, readings, debates, annotations).
 */
export function useSeminarPage(seminarId: string): SeminarPageState {
  const [visit, setVisit] = useState<{ seminarId: string; previous: string | null } | null>(null);
  const [, markVisited] = useMutation(MarkVisitedDocument);
  useEffect(() => {
    let current = true;
    void markVisited({ input: { seminarId } }).then((result) => {
      if (current) setVisit({ seminarId, previous: result.data?.markSeminarVisited ?? null });
    });
    return () => {
      current = false;
    };
  }, [seminarId, markVisited]);

  const ready = visit?.seminarId === seminarId;
  const context = useMemo(() => ({ additionalTypenames: ['Membership', 'Reading', 'Debate'] }), []);
  const [result, reexecute] = useQuery({
    query: SeminarPageDocument,
    variables: { id: seminarId, since: visit?.previous ?? null },
    pause: !ready,
    context,
  });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const seminar = result.data?.seminar ?? null;
  useSeminarLive(seminar, reload);

  if (!ready || (result.fetching && !result.data)) return { status: 'loading' };
  if (result.error && !seminar) {
    if (hasErrorCode(result.error, 'NOT_FOUND')) return { status: 'not-found' };
    return { status: 'error', message: errorMessage(result.error) };
  }
  if (!seminar) return { status: 'loading' };
  return { status: 'ready', seminar, lastVisit: visit.previous ? new Date(visit.previous) : null, reload };
}

function useSeminarLive(seminar: SeminarPageData | null, reload: () => void): void {
  // Re-subscribe when the set of rooms changes, not on every reload.
  const seminarId = seminar?.id ?? null;
  const readingIds = (seminar?.readings.edges ?? []).slice(0, LIVE_READINGS).map((e) => e.node.id).join(' ');
  const firstSeq = useRef<number | null>(null);
  if (seminar && firstSeq.current === null) firstSeq.current = seminar.eventSeq;
  const rooms = useMemo(
    () => (seminarId ? [seminarRoom(seminarId), ...(readingIds ? readingIds.split(' ').map(readingRoom) : [])] : []),
    [seminarId, readingIds],
  );
  const since = useMemo(
    () => (seminarId && firstSeq.current !== null ? { [seminarRoom(seminarId)]: firstSeq.current } : undefined),
    [seminarId],
  );
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const reloadSoon = useCallback(() => {
    if (pending.current !== null) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      reload();
    }, RELOAD_AFTER_MS);
  }, [reload]);
  useEffect(
    () => () => {
      if (pending.current !== null) clearTimeout(pending.current);
    },
    [],
  );
  useRoomEvents(rooms, reloadSoon, { onResync: reloadSoon, since, resyncOnSubscribe: false });
}
