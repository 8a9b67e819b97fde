import { useCallback, useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CitedByQuery } from '../../gql/graphql';
import { errorMessage } from '../../graphql/graphql-error';

const CitedByDocument = graphql(`
  query CitedBy($id: ID!) {
    annotation(id: $id) {
      id
      citedBy {
        id
        debateId
        parentId
        stance
        body
        moderation
        deleted
        author {
          id
          displayName
        }
        votes {
          mean
          count
        }
      }
    }
  }
`);

export type CitingClaim = CitedByQuery['annotation']['citedBy'][number];

/** The debate claims (this person may see) that cite a passage, and a way to reload them. */
export function useCitedBy(annotationId: string): {
  claims: CitingClaim[] | null;
  error: string | null;
  refetch: () => void;
} {
  const context = useMemo(() => ({ additionalTypenames: ['Claim'] }), []);
  const [result, reexecute] = useQuery({ query: CitedByDocument, variables: { id: annotationId }, context });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return {
    claims: result.data ? result.data.annotation.citedBy.filter((c) => !c.deleted && c.moderation !== 'REMOVED') : null,
    error: result.error ? errorMessage(result.error) : null,
    refetch,
  };
}
