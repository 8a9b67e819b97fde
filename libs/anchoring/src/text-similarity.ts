import search from 'approx-string-match';

/**
 * How closely `actual` contains `expected`, in [0, 1]: one minus the edit
 * distance (insertions, deletions, substitutions) of the best alignment of
 * `expected` anywhere inside `actual`, divided by the length of `expected`.
 *
 * Used to compare a candidate's surroundings with a quote's prefix or suffix.
 * Aligning anywhere inside (rather than end to end) forgives a few words
 * inserted between the context and the passage: they cost their length, not
 * the whole context.
 *
 * Returns 1 for an empty `expected` (nothing to contradict) and 0 for an
 * empty `actual` with a non-empty `expected`.
 */
export function textSimilarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (actual === expected || actual.includes(expected)) return 1;
  // With `maxErrors` equal to the pattern length every alignment qualifies,
  // so `search` always returns at least one match.
  const [best] = search(actual, expected, expected.length);
  return best === undefined ? 0 : 1 - best.errors / expected.length;
}
