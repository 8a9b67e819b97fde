import type { PassageActivityModel } from './discussion-map.model';

/** How many passages a ranked list names. */
export const RANKED_LENGTH = 5;

/**
 * The passages with the most of `measure`, most first, ties in reading order; passages with none
 * are left out (a list of zeros ranks nothing).
 */
export function ranked(
  passages: readonly PassageActivityModel[],
  measure: (p: PassageActivityModel) => number,
): PassageActivityModel[] {
  return passages
    .filter((p) => measure(p) > 0)
    .sort((a, b) => measure(b) - measure(a) || a.index - b.index)
    .slice(0, RANKED_LENGTH);
}
