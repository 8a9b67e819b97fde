import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { Motivation, SearchHitKind, SearchPageResultsQuery } from '../../gql/graphql';
import { errorMessage } from '../../graphql/graphql-error';

const SearchDocument = graphql(`
  query SearchPageResults($input: SearchInput!) {
    search(input: $input, first: 40) {
      edges {
        node {
          kind
          id
          readingId
          readingTitle
          annotationId
          position
          createdAt
          tags
          motivation
          author {
            id
            displayName
          }
          snippet {
            text
            highlights {
              start
              end
            }
          }
          quote {
            text
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const SearchSourcesDocument = graphql(`
  query SearchSources($seminarId: ID!) {
    seminars(first: 50) {
      edges {
        node {
          id
          name
        }
      }
    }
    seminar(id: $seminarId) {
      id
      readings(first: 100) {
        edges {
          node {
            id
            title
          }
        }
      }
      members(first: 100) {
        edges {
          node {
            id
            user {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

const MySeminarNamesDocument = graphql(`
  query SearchSeminarNames {
    seminars(first: 50) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export type SearchHit = SearchPageResultsQuery['search']['edges'][number]['node'];

export interface SearchFilters {
  seminarId: string;
  query: string;
  readingId?: string;
  authorId?: string;
  tag?: string;
  motivation?: Motivation;
  /** Days, YYYY-MM-DD, in the viewer's time zone. */
  from?: string;
  to?: string;
  kinds: SearchHitKind[];
}

function dayStart(day: string | undefined, plusDays = 0): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T00:00:00`);
  if (Number.isNaN(date.getTime())) return undefined;
  date.setDate(date.getDate() + plusDays);
  return date.toISOString();
}

/** One search with its filters, as the API takes them ("to" includes that whole day). */
export function useSearchResults(filters: SearchFilters | null) {
  const [result] = useQuery({
    query: SearchDocument,
    pause: !filters,
    variables: {
      input: filters
        ? {
            seminarId: filters.seminarId,
            query: filters.query,
            readingId: filters.readingId || undefined,
            authorIds: filters.authorId ? [filters.authorId] : undefined,
            tags: filters.tag ? [filters.tag] : undefined,
            motivations: filters.motivation ? [filters.motivation] : undefined,
            from: dayStart(filters.from),
            to: dayStart(filters.to, 1),
            kinds: filters.kinds.length ? filters.kinds : undefined,
          }
        : { seminarId: '', query: '' },
    },
  });
  return {
    hits: result.data?.search.edges.map((e) => e.node) ?? null,
    more: result.data?.search.pageInfo.hasNextPage ?? false,
    loading: result.fetching,
    error: result.error ? errorMessage(result.error) : null,
  };
}

/** The seminars to search in, and the chosen one's readings and members for the filters. */
export function useSearchSources(seminarId: string | null) {
  const [names] = useQuery({ query: MySeminarNamesDocument, pause: seminarId !== null });
  const [sources] = useQuery({ query: SearchSourcesDocument, variables: { seminarId: seminarId ?? '' }, pause: !seminarId });
  const seminars = (sources.data?.seminars ?? names.data?.seminars)?.edges.map((e) => e.node) ?? null;
  return {
    seminars,
    readings: sources.data?.seminar.readings.edges.map((e) => e.node) ?? [],
    people: sources.data?.seminar.members.edges.map((e) => e.node.user) ?? [],
  };
}
