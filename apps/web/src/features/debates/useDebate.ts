import { useCallback, useMemo, useRef } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ClaimSort, Role } from '../../gql/graphql';
import { errorMessage, hasErrorCode } from '../../graphql/graphql-error';
import type { Claim, DebateInfo } from './claim-fields';

const DebatePageDocument = graphql(`
  query DebatePage($id: ID!, $sort: ClaimSort!) {
    debate(id: $id) {
      ...DebateFields
      claims(sort: $sort) {
        ...ClaimFields
      }
    }
  }
`);

const DebateSeminarDocument = graphql(`
  query DebateSeminar($id: ID!) {
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
    }
  }
`);

export interface DebateData {
  debate: DebateInfo;
  claims: Claim[];
  seminar: { id: string; name: string; myRole: Role; readings: Array<{ id: string; title: string }> } | null;
}

export type DebateState =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: DebateData; refreshing: boolean };

/**
 * A debate with every claim this person may see (pending and hidden ones too for moderators and
 * their authors), and the seminar it belongs to (for the viewer's role and reading titles).
 * `refetch` asks the network again without blanking the page: live events call it.
 */
export function useDebate(id: string, sort: ClaimSort): { state: DebateState; refetch: () => void } {
  const [result, reexecute] = useQuery({ query: DebatePageDocument, variables: { id, sort } });
  const seminarId = result.data?.debate.seminarId ?? null;
  const [seminarResult] = useQuery({
    query: DebateSeminarDocument,
    variables: { id: seminarId ?? '' },
    pause: !seminarId,
  });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  // A new sort order is a new query: keep showing the last tree until its answer arrives.
  const last = useRef<typeof result.data>(undefined);
  if (result.data) last.current = result.data;
  const data = result.data ?? (last.current?.debate.id === id ? last.current : undefined);

  const seminar = seminarResult.data?.seminar ?? null;
  const ready = useMemo<DebateData | null>(() => {
    if (!data) return null;
    const { claims, ...debate } = data.debate;
    return {
      debate,
      claims,
      seminar: seminar && {
        id: seminar.id,
        name: seminar.name,
        myRole: seminar.myRole,
        readings: seminar.readings.edges.map((e) => e.node),
      },
    };
  }, [data, seminar]);

  if (ready) return { state: { status: 'ready', data: ready, refreshing: result.fetching }, refetch };
  if (result.error) {
    const missing = hasErrorCode(result.error, 'NOT_FOUND') || hasErrorCode(result.error, 'BAD_USER_INPUT');
    return {
      state: missing ? { status: 'not-found' } : { status: 'error', message: errorMessage(result.error) },
      refetch,
    };
  }
  return { state: { status: 'loading' }, refetch };
}
