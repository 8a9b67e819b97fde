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

const WITH_ARTICLE: Record<Role, string> = {
  OWNER: 'an owner',
  MODERATOR: 'a moderator',
  MEMBER: 'a member',
  OBSERVER: 'an observer',
};

/** The role as it reads in a sentence: "You are a moderator". */
export function roleInSentence(role: Role): string {
  return WITH_ARTICLE[role];
}
