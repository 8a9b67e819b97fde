import { anchor, type AnchorOptions, type AnchorStatus } from './anchor';
import { describe } from './describe';
import { PreparedText, prepareText } from './prepared-text';
import type { TextSelectors } from './selectors';

/** One annotation's selectors, recorded against an earlier revision of the text. */
export interface ReanchorTarget<Id> {
  readonly id: Id;
  readonly selectors: TextSelectors;
}

/**
 * The outcome of re-anchoring one annotation in a new revision.
 *
 * `selectors` are what to store from now on: for an anchored passage, fresh
 * selectors described against the new text (its quote now holds the edited
 * words, its position the new offsets); for an orphaned one, the old
 * selectors unchanged, so the quote is kept for display and for a later
 * revision that may restore the passage.
 */
export interface Reanchored {
  readonly status: AnchorStatus;
  readonly score: number;
  readonly selectors: TextSelectors;
}

export interface ReanchorOutcome<Id> extends Reanchored {
  readonly id: Id;
}

/**
 * Re-anchors one annotation in `newText`: `anchor`, then `describe` the place
 * found. Pass a `PreparedText` when re-anchoring several annotations.
 */
export function reanchor(
  newText: string | PreparedText,
  selectors: TextSelectors,
  options?: AnchorOptions,
): Reanchored {
  const prepared = prepareText(newText);
  const result = anchor(prepared, selectors, options);
  if (result.status === 'orphaned') {
    return { status: result.status, score: result.score, selectors };
  }
  return {
    status: result.status,
    score: result.score,
    selectors: describe(prepared, result.start, result.end),
  };
}

/**
 * Re-anchors every annotation of a reading in its new revision, in one pass:
 * the new text's code point index and comparison form are built once and
 * shared, which is what makes 1,000 annotations on a long reading cheap.
 * Outcomes are in the order of `targets`.
 */
export function reanchorAll<Id>(
  newText: string,
  targets: readonly ReanchorTarget<Id>[],
  options?: AnchorOptions,
): ReanchorOutcome<Id>[] {
  const prepared = prepareText(newText);
  return targets.map((target) => ({
    id: target.id,
    ...reanchor(prepared, target.selectors, options),
  }));
}
