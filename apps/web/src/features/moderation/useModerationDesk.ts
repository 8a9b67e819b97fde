import { useCallback, useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ModerationDeskSeminarQuery, ModerationQueueQuery } from '../../gql/graphql';
import { errorMessage, hasErrorCode } from '../../graphql/graphql-error';

const ModerationDeskSeminarDocument = graphql(`
  query ModerationDeskSeminar($id: ID!) {
    seminar(id: $id) {
      id
      name
      myRole
      readings(first: 100) {
        edges {
          node {
            id
            title
          }
        }
      }
      debates(first: 50) {
        edges {
          node {
            id
            motion
            proLabel
            conLabel
            status
            moderationMode
            slowModeSeconds
          }
        }
      }
    }
  }
`);

const ModerationQueueDocument = graphql(`
  query ModerationQueue($seminarId: ID!) {
    moderationQueue(seminarId: $seminarId) {
      kind
      subjectType
      subjectId
      excerpt
      authorName
      moderation
      createdAt
      debateId
      readingId
      quote
      flag {
        id
        reason
        reporterName
        createdAt
      }
    }
  }
`);

export type DeskSeminar = ModerationDeskSeminarQuery['seminar'];
export type QueueItem = ModerationQueueQuery['moderationQueue'][number];

/** The seminar the desk moderates: its name, the viewer's role, its readings and debates. */
export function useDeskSeminar(seminarId: string) {
  const context = useMemo(() => ({ additionalTypenames: ['Debate'] }), []);
  const [result, reexecute] = useQuery({ query: ModerationDeskSeminarDocument, variables: { id: seminarId }, context });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const missing =
    result.error && (hasErrorCode(result.error, 'NOT_FOUND') || hasErrorCode(result.error, 'BAD_USER_INPUT'));
  return {
    seminar: result.data?.seminar ?? null,
    notFound: Boolean(missing),
    error: result.error && !missing && !result.data ? errorMessage(result.error) : null,
    refetch,
  };
}

/** Pending posts and open flags, oldest first. */
export function useModerationQueue(seminarId: string, pause: boolean) {
  // An empty queue holds no item for urql to notice: name the types whose changes refill it.
  const context = useMemo(
    () => ({ additionalTypenames: ['ModerationQueueItem', 'Flag', 'ModerationAction', 'Claim'] }),
    [],
  );
  const [result, reexecute] = useQuery({ query: ModerationQueueDocument, variables: { seminarId }, pause, context });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return {
    items: result.data?.moderationQueue ?? null,
    error: result.error ? errorMessage(result.error) : null,
    refetch,
  };
}
