import type { AnchorPosition } from './anchor-positions';

/**
 * How many passages cover each of `binCount` equal slices of the text's height: the density strip
 * that shows where the seminar concentrated over the whole reading. Returns the counts per bin.
 */
export function densityBins(positions: Iterable<AnchorPosition>, height: number, binCount: number): number[] {
  const bins = new Array<number>(binCount).fill(0);
  if (height <= 0 || binCount <= 0) return bins;
  for (const { top, bottom } of positions) {
    const first = clampBin(Math.floor((top / height) * binCount), binCount);
    const last = clampBin(Math.floor((Math.max(top, bottom - 1) / height) * binCount), binCount);
    for (let b = first; b <= last; b += 1) bins[b] += 1;
  }
  return bins;
}

function clampBin(bin: number, binCount: number): number {
  return Math.max(0, Math.min(binCount - 1, bin));
}

/** Four steps of intensity, as the legend names them: 0 none, 1 a few, 2 several, 3 the most. */
export function densityLevel(count: number, max: number): 0 | 1 | 2 | 3 {
  if (count <= 0 || max <= 0) return 0;
  const share = count / max;
  return share > 0.66 ? 3 : share > 0.33 ? 2 : 1;
}
