import { seminarRoom } from '@glossa/contracts';
import { useCallback } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AssignmentsQuery } from '../../gql/graphql';
import { useRoomEvents } from '../../realtime/useRoomEvents';

const AssignmentsDocument = graphql(`
  query Assignments($seminarId: ID!, $readingId: ID) {
    assignments(seminarId: $seminarId, readingId: $readingId) {
      id
      title
      instructions
      readingId
      debateId
      rangeStart
      rangeEnd
      opensAt
      dueAt
      hideUntilPosted
      inGroups
      requiredPosts
      myProgress {
        posts
        completedAt
        dueAt
        extendedDueAt
        state
        late
        hidesOthers
      }
    }
  }
`);

export type AssignmentItem = AssignmentsQuery['assignments'][number];

/**
 * A seminar's assignments (or one reading's) with the viewer's progress, asked again whenever the
 * seminar's room says one changed.
 */
export function useAssignments(seminarId: string, readingId?: string) {
  const [result, refetch] = useQuery({
    query: AssignmentsDocument,
    variables: { seminarId, readingId },
    requestPolicy: 'cache-and-network',
  });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  useRoomEvents(
    [seminarRoom(seminarId)],
    (event) => {
      if (event.type === 'assignment.changed') reload();
    },
    { resyncOnSubscribe: false },
  );
  return { assignments: result.data?.assignments ?? [], ready: result.data !== undefined, fetching: result.fetching, error: result.error, reload };
}
