import { useCallback, useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { SeminarCardFieldsFragment } from '../../gql/graphql';
import { errorMessage } from '../../graphql/graphql-error';

/** Ten seminars per page keeps the query's estimated cost (seminars × readings × debates) modest. */
export const SEMINARS_PER_PAGE = 10;

const MySeminarsDocument = graphql(`
  query MySeminars($first: Int!, $after: String) {
    seminars(first: $first, after: $after) {
      edges {
        node {
          ...SeminarCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export interface MySeminarsPage {
  seminars: SeminarCardFieldsFragment[] | null;
  nextCursor: string | null;
  loading: boolean;
  error: string | null;
  /** Loads the page again from the server (someone else changed one of its seminars). */
  refresh: () => void;
}

/** One page of the seminars I belong to, the most recently active first. */
export function useMySeminarsPage(after: string | null): MySeminarsPage {
  // An empty list holds no Seminar for urql's document cache to notice: name the type, so joining or
  // creating a seminar refetches this page even when it was empty.
  const context = useMemo(() => ({ additionalTypenames: ['Seminar'] }), []);
  const [result, reexecute] = useQuery({
    query: MySeminarsDocument,
    variables: { first: SEMINARS_PER_PAGE, after },
    context,
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const connection = result.data?.seminars;
  return {
    seminars: connection ? connection.edges.map((e) => e.node) : null,
    nextCursor: connection?.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null,
    loading: result.fetching && !result.data,
    error: result.error ? errorMessage(result.error) : null,
    refresh,
  };
}
