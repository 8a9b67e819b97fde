/**
 * The two W3C Web Annotation selectors Glossa stores for every text target.
 *
 * Both are kept because each fails differently: a position survives a changed
 * quote but not an insertion before it, a quote survives insertions but not a
 * repeated phrase. Together they let `anchor` check one against the other.
 *
 * @see https://www.w3.org/TR/annotation-model/#selectors (§4.2)
 */

/**
 * W3C §4.2.4 Text Quote Selector: the selected text plus a snippet of the text
 * immediately before (`prefix`) and after (`suffix`) it, which disambiguates a
 * quote that occurs more than once. `describe` records 32 code points of
 * context each side, as the Hypothesis client does.
 *
 * @see https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/**
 * W3C §4.2.5 Text Position Selector: `start` is the position of the first
 * selected character and `end` the position after the last one. The model
 * counts Unicode code points, not the UTF-16 code units JavaScript strings
 * index by, so an emoji before the passage shifts it by one, not two.
 *
 * @see https://www.w3.org/TR/annotation-model/#text-position-selector
 */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/**
 * What `anchor` needs to find a passage: the quote is required (it is what we
 * verify against and what an orphaned annotation keeps showing); the position
 * is an optional hint that makes anchoring faster and disambiguates.
 */
export interface TextSelectors {
  readonly quote: TextQuoteSelector;
  readonly position?: TextPositionSelector;
}

/** What `describe` returns: both selectors, always. */
export interface DescribedSelectors extends TextSelectors {
  readonly position: TextPositionSelector;
}
