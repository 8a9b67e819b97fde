import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';

const SeminarMembersDocument = graphql(`
  query SeminarMembers($id: ID!) {
    seminar(id: $id) {
      id
      myRole
      members(first: 100) {
        edges {
          node {
            id
            role
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

export interface SeminarMember {
  id: string;
  displayName: string;
}

export interface SeminarMembers {
  members: SeminarMember[];
  /** The viewer's role; null until known. */
  myRole: Role | null;
}

/** The members of a seminar (offered for @mentions) and the viewer's own role in it. */
export function useSeminarMembers(seminarId: string | null): SeminarMembers {
  const [result] = useQuery({ query: SeminarMembersDocument, variables: { id: seminarId ?? '' }, pause: !seminarId, requestPolicy: 'cache-first' });
  const seminar = result.data?.seminar;
  return useMemo(
    () => ({
      members: (seminar?.members.edges ?? []).map((e) => ({ id: e.node.user.id, displayName: e.node.user.displayName })),
      myRole: seminar?.myRole ?? null,
    }),
    [seminar],
  );
}
