import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

const SeminarDebatesDocument = graphql(`
  query SeminarDebates($id: ID!) {
    seminar(id: $id) {
      id
      debates(first: 20) {
        edges {
          node {
            id
            motion
          }
        }
      }
    }
  }
`);

export interface DebateChoice {
  id: string;
  motion: string;
}

const NONE: DebateChoice[] = [];

/** The seminar's debates a passage can be cited in (the toolbar's "Cite in debate"). */
export function useSeminarDebates(seminarId: string): DebateChoice[] {
  const [result] = useQuery({ query: SeminarDebatesDocument, variables: { id: seminarId } });
  const edges = result.data?.seminar.debates.edges;
  return useMemo(() => edges?.map((e) => e.node) ?? NONE, [edges]);
}
