import { PreparedText, prepareText } from './prepared-text';
import type { DescribedSelectors } from './selectors';

/**
 * Code points of context recorded on each side of the quote (W3C §4.2.4
 * prefix/suffix). 32 is what the Hypothesis client records: enough to tell
 * apart the occurrences of a repeated phrase, short enough that an edit next
 * to the passage spoils little of it.
 */
export const CONTEXT_LENGTH = 32;

/**
 * The selectors for code points [start, end) of `text`: a W3C §4.2.4 Text
 * Quote Selector (the passage and 32 code points of context each side, fewer
 * at the ends of the text) and a §4.2.5 Text Position Selector.
 *
 * Pass a `PreparedText` when describing many passages of one long text.
 *
 * @throws RangeError unless 0 ≤ start ≤ end ≤ the text's length in code
 *   points and both are integers: a selector for a range that does not exist
 *   would silently anchor somewhere else.
 */
export function describe(
  text: string | PreparedText,
  start: number,
  end: number,
): DescribedSelectors {
  const prepared = prepareText(text);
  const index = prepared.codePoints;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end < start ||
    end > index.codePointLength
  ) {
    throw new RangeError(
      `Cannot describe [${start}, ${end}) in a text of ${index.codePointLength} code points`,
    );
  }
  const source = prepared.text;
  const at = (codePoint: number): number => index.toUtf16(codePoint);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: source.slice(at(start), at(end)),
      prefix: source.slice(at(start - CONTEXT_LENGTH), at(start)),
      suffix: source.slice(at(end), at(end + CONTEXT_LENGTH)),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
