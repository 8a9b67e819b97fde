import type { Highlight } from './highlights';
import { overlapRatio, type Truth } from './ground-truth';

/** Overlap (intersection over union) with the truth from which an anchor counts as found. */
export const RIGHT_PLACE_OVERLAP = 0.5;

/** What happened to each annotation, from the ground truth and the anchored range (null = orphaned). */
export interface Tally {
  total: number;
  survived: number;
  /** Survived and anchored at the right place. */
  found: number;
  /** Found with exactly the truth's boundaries. */
  exactBounds: number;
  /** Anchored, but neither at the right place (survived) nor on what is left of the passage (destroyed). */
  wrong: number;
  /** Survived but orphaned. */
  missed: number;
  /** Destroyed and orphaned. */
  orphanedDestroyed: number;
  /** Destroyed, anchored on what is left of it. */
  remnant: number;
  ms: number;
}

export type Verdict = 'found' | 'wrong' | 'missed' | 'orphaned' | 'remnant';

export function verdict(truth: Truth, anchored: Highlight | null): Verdict {
  if (truth.survived && truth.range !== null) {
    if (anchored === null) return 'missed';
    return overlapRatio(anchored, truth.range) >= RIGHT_PLACE_OVERLAP ? 'found' : 'wrong';
  }
  if (anchored === null) return 'orphaned';
  return truth.remnant.some((at) => at >= anchored.start && at < anchored.end)
    ? 'remnant'
    : 'wrong';
}

export function tally(
  truths: readonly Truth[],
  anchored: readonly (Highlight | null)[],
  ms: number,
): Tally {
  const result: Tally = {
    total: truths.length,
    survived: 0,
    found: 0,
    exactBounds: 0,
    wrong: 0,
    missed: 0,
    orphanedDestroyed: 0,
    remnant: 0,
    ms,
  };
  truths.forEach((truth, i) => {
    if (truth.survived) result.survived += 1;
    const v = verdict(truth, anchored[i]);
    if (v === 'found') {
      result.found += 1;
      const a = anchored[i];
      if (
        a !== null &&
        truth.range !== null &&
        a.start === truth.range.start &&
        a.end === truth.range.end
      ) {
        result.exactBounds += 1;
      }
    } else if (v === 'wrong') result.wrong += 1;
    else if (v === 'missed') result.missed += 1;
    else if (v === 'orphaned') result.orphanedDestroyed += 1;
    else result.remnant += 1;
  });
  return result;
}

export function addTallies(a: Tally, b: Tally): Tally {
  return {
    total: a.total + b.total,
    survived: a.survived + b.survived,
    found: a.found + b.found,
    exactBounds: a.exactBounds + b.exactBounds,
    wrong: a.wrong + b.wrong,
    missed: a.missed + b.missed,
    orphanedDestroyed: a.orphanedDestroyed + b.orphanedDestroyed,
    remnant: a.remnant + b.remnant,
    ms: a.ms + b.ms,
  };
}

export const emptyTally = (): Tally => ({
  total: 0,
  survived: 0,
  found: 0,
  exactBounds: 0,
  wrong: 0,
  missed: 0,
  orphanedDestroyed: 0,
  remnant: 0,
  ms: 0,
});
