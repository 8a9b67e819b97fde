import { useQuery } from 'urql';
import { graphql } from '../../gql';

const SeminarNameDocument = graphql(`
  query SeminarName($id: ID!) {
    seminar(id: $id) {
      id
      name
    }
  }
`);

/** The name of the seminar a reading belongs to, for the breadcrumb; null until known. */
export function useSeminarName(seminarId: string | null): string | null {
  const [result] = useQuery({ query: SeminarNameDocument, variables: { id: seminarId ?? '' }, pause: !seminarId });
  return result.data?.seminar.name ?? null;
}
