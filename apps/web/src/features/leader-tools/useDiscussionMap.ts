import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { PassageActivityFieldsFragment } from '../../gql/graphql';
import { errorMessage } from '../../graphql/graphql-error';

export const PassageActivityFields = graphql(`
  fragment PassageActivityFields on PassageActivity {
    index
    start
    end
    annotations
    questions
    replies
    disagreeReactions
    proClaims
    conClaims
    citingClaims
    disagreement
  }
`);

const DiscussionMapDocument = graphql(`
  query DiscussionMap($readingId: ID!, $passageStarts: [Int!]) {
    discussionMap(readingId: $readingId, passageStarts: $passageStarts) {
      readingId
      revisionNumber
      passages {
        ...PassageActivityFields
      }
      mostQuestioned {
        ...PassageActivityFields
      }
      mostContested {
        ...PassageActivityFields
      }
      mostCited {
        ...PassageActivityFields
      }
    }
  }
`);

export type PassageActivity = PassageActivityFieldsFragment;

export type DiscussionMapState =
  | { status: 'closed' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      passages: PassageActivity[];
      mostQuestioned: PassageActivity[];
      mostContested: PassageActivity[];
      mostCited: PassageActivity[];
      refresh: () => void;
      refreshing: boolean;
    };

/** The reading's discussion map over the passages the room draws (their starts in code points), while open. */
export function useDiscussionMap(readingId: string, passageStarts: number[], open: boolean): DiscussionMapState {
  const context = useMemo(() => ({ requestPolicy: 'network-only' as const }), []);
  const [result, reexecute] = useQuery({
    query: DiscussionMapDocument,
    variables: { readingId, passageStarts },
    pause: !open,
    context,
  });
  if (!open) return { status: 'closed' };
  const map = result.data?.discussionMap;
  if (result.error && !map) return { status: 'error', message: errorMessage(result.error) };
  if (!map) return { status: 'loading' };
  return {
    status: 'ready',
    passages: map.passages,
    mostQuestioned: map.mostQuestioned,
    mostContested: map.mostContested,
    mostCited: map.mostCited,
    refresh: () => reexecute({ requestPolicy: 'network-only' }),
    refreshing: result.fetching,
  };
}
