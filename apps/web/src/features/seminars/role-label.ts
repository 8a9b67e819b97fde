import type { Role } from '../../gql/graphql';

const LABELS: Record<Role, string> = {
  OWNER: 'Owner',
  MODERATOR: 'Moderator',
  MEMBER: 'Member',
  OBSERVER: 'Observer',
};

/** How a seminar role reads in the interface. */
export function roleLabel(role: Role): string {
  return LABELS[role];
}
