/**
 * @glossa/anchoring — W3C Web Annotation text selectors for Glossa readings:
 * describe a passage, find it again, and re-anchor annotations when a reading
 * is revised. Pure TypeScript, shared by the API and the web client.
 */
export type {
  DescribedSelectors,
  TextPositionSelector,
  TextQuoteSelector,
  TextSelectors,
} from './selectors';
export {
  CodePointIndex,
  codePointLength,
  toCodePointOffset,
  toUtf16Offset,
  type SurrogateRounding,
} from './code-points';
export { NormalizedText, normalizeString } from './normalize';
export { PreparedText, prepareText } from './prepared-text';
export { CONTEXT_LENGTH, describe } from './describe';
export {
  anchor,
  DEFAULT_ANCHOR_OPTIONS,
  type AnchorOptions,
  type AnchorResult,
  type AnchorStatus,
} from './anchor';
export {
  reanchor,
  reanchorAll,
  type ReanchorOutcome,
  type Reanchored,
  type ReanchorTarget,
} from './reanchor';
