import { randomInt } from 'node:crypto';

/**
 * "Split at random into groups of N" (docs/small-groups.md): as many groups as N-sized groups are
 * needed (ceil(count / N)), sizes differing by at most one, each person placed exactly once.
 * `pick` is the source of randomness (crypto by default; tests pass their own).
 */
export function splitAtRandom<T>(
  people: readonly T[],
  size: number,
  pick: (below: number) => number = randomInt,
): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('A group has at least one member.');
  const shuffled = [...people];
  // Fisher–Yates, so every order is equally likely.
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const count = Math.ceil(shuffled.length / size);
  const groups: T[][] = Array.from({ length: count }, () => []);
  // Dealt round-robin, so sizes differ by at most one (7 by 3: 3, 2, 2 rather than 3, 3, 1).
  shuffled.forEach((person, i) => groups[i % count].push(person));
  return groups;
}
