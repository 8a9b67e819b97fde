import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { PickedPassage } from './EvidencePicker';

const PassageDocument = graphql(`
  query CitedPassage($id: ID!) {
    annotation(id: $id) {
      id
      readingId
      target {
        exact
      }
    }
  }
`);

/** An annotation as a passage to cite ("Cite in debate" from the reading room); null until loaded. */
export function usePassage(annotationId: string | null): PickedPassage | null {
  const [result] = useQuery({ query: PassageDocument, variables: { id: annotationId ?? '' }, pause: !annotationId });
  const a = result.data?.annotation;
  return a ? { id: a.id, readingId: a.readingId, exact: a.target.exact } : null;
}
