import search from 'approx-string-match';
import {
  CodePointIndex,
  DEFAULT_ANCHOR_OPTIONS,
  type TextSelectors,
} from '../../libs/anchoring/src';
import type { Highlight } from './highlights';

/**
 * The baseline: the same matcher (approx-string-match), the quote alone,
 * the whole text, no position hint, no context, no normalisation, no score
 * threshold; the first of the matches with the fewest errors wins, and no
 * match within the same error allowance as ours (30 % of the quote) is an
 * orphan.
 */
export function baselineAnchorAll(
  text: string,
  targets: readonly { readonly selectors: TextSelectors }[],
): (Highlight | null)[] {
  const index = new CodePointIndex(text);
  return targets.map(({ selectors }) => {
    const quote = selectors.quote.exact;
    const maxErrors = Math.min(256, Math.floor(quote.length * DEFAULT_ANCHOR_OPTIONS.maxErrorRate));
    const [best] = search(text, quote, maxErrors);
    if (best === undefined) return null;
    return { start: index.toCodePoint(best.start), end: index.toCodePoint(best.end, 'ceil') };
  });
}
