import type { AnchorPosition } from './anchor-positions';

/** A group of passages beside the viewport, drawn as one count in the bucket bar. */
export interface Bucket {
  /** Where to draw it, in viewport px. */
  y: number;
  ids: string[];
}

export interface MarginBuckets {
  above: string[];
  below: string[];
  beside: Bucket[];
}

/** Passages closer than this many px share a bucket (about two lines of the reading text). */
export const BUCKET_SPAN = 56;

/**
 * Hypothesis's bucket bar: passages above the visible part of the text, below it, and grouped
 * beside it. `offset` turns a passage's position (relative to the text) into viewport px;
 * `viewTop`/`viewBottom` bound what is visible (below the sticky top bar).
 */
export function marginBuckets(
  positions: Iterable<[string, AnchorPosition]>,
  offset: number,
  viewTop: number,
  viewBottom: number,
  span = BUCKET_SPAN,
): MarginBuckets {
  const above: string[] = [];
  const below: string[] = [];
  const visible: Array<{ id: string; y: number }> = [];
  for (const [id, position] of positions) {
    const top = position.top + offset;
    const bottom = position.bottom + offset;
    if (bottom < viewTop) above.push(id);
    else if (top > viewBottom) below.push(id);
    else visible.push({ id, y: Math.max(top, viewTop) });
  }
  visible.sort((a, b) => a.y - b.y);
  const beside: Bucket[] = [];
  for (const { id, y } of visible) {
    const last = beside[beside.length - 1];
    if (last && y - last.y < span) last.ids.push(id);
    else beside.push({ y, ids: [id] });
  }
  return { above, below, beside };
}
