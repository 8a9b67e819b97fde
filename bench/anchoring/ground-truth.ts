import type { Highlight } from './highlights';
import type { Revision } from './revise';

/**
 * A passage survives a revision when its characters that are still there
 * (neither deleted nor replaced) are still in order, and the passage's edits
 * — characters deleted, replaced, or inserted between its surviving ones —
 * amount to at most this fraction of its length. Past it, a reader would call
 * it a different passage; anchoring it anyway is not counted wrong if it lands
 * on what is left of it (see `Truth.remnant`).
 */
export const SURVIVAL_EDIT_FRACTION = 0.2;

export interface Truth {
  readonly survived: boolean;
  /** Where the passage is in the revision: from its first to its last surviving character. */
  readonly range: Highlight | null;
  /** New offsets of the passage's surviving characters (for destroyed passages: what is left). */
  readonly remnant: readonly number[];
  /** Characters edited, as defined above. */
  readonly edited: number;
}

export function groundTruth(highlight: Highlight, revision: Revision): Truth {
  const length = highlight.end - highlight.start;
  const remnant: number[] = [];
  let inOrder = true;
  for (let i = highlight.start; i < highlight.end; i += 1) {
    const at = revision.newIndexOf[i];
    if (at < 0) continue;
    if (remnant.length > 0 && at <= remnant[remnant.length - 1]) inOrder = false;
    remnant.push(at);
  }
  if (remnant.length === 0) return { survived: false, range: null, remnant, edited: length };
  const first = Math.min(...remnant);
  const last = Math.max(...remnant);
  let replacedInside = 0;
  for (let i = highlight.start; i < highlight.end; i += 1) {
    const at = revision.replacedAt[i];
    if (at >= first && at <= last) replacedInside += 1;
  }
  const kept = remnant.length;
  const deleted = length - kept - replacedInside;
  const inserted = last - first + 1 - kept - replacedInside;
  const edited = replacedInside + deleted + inserted;
  const survived = inOrder && edited <= SURVIVAL_EDIT_FRACTION * length;
  return { survived, range: survived ? { start: first, end: last + 1 } : null, remnant, edited };
}

/** Intersection over union of two ranges; the anchor is "at the right place" when this is ≥ 0.5. */
export function overlapRatio(a: Highlight, b: Highlight): number {
  const intersection = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? (a.start === b.start ? 1 : 0) : intersection / union;
}
