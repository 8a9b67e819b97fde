import type { AnonymityScope } from './pseudonym';

/**
 * Where a post lives, as far as anonymity cares: its seminar, and its debate for claims and the
 * replies under them. A debate's own anonymity wins over its seminar's (its pseudonyms are its own).
 */
export interface DiscussionPlace {
  seminarId: string;
  debateId: string | null;
}

/** The scopes that could make `place` anonymous, the most specific first. */
export function candidateScopes(place: DiscussionPlace): AnonymityScope[] {
  const seminar: AnonymityScope = `seminar:${place.seminarId}`;
  return place.debateId ? [`debate:${place.debateId}`, seminar] : [seminar];
}

/** The scope in force at `place` given which scopes are anonymous, or null when names are shown. */
export function scopeInForce(place: DiscussionPlace, anonymous: ReadonlySet<string>): AnonymityScope | null {
  return candidateScopes(place).find((scope) => anonymous.has(scope)) ?? null;
}
