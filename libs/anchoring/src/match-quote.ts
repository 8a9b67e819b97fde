import type { NgramIndex } from './ngram-index';
import { CandidatePool } from './candidate-pool';
import type { MatchQuoteOptions, QuoteMatch, QuoteQuery } from './quote-query';
import {
  addContextMatches,
  addQuoteMatches,
  exactOccurrences,
  quoteErrors,
  searchRange,
  type QuoteSearch,
} from './quote-search';

export type { MatchQuoteOptions, QuoteMatch, QuoteQuery } from './quote-query';

/**
 * Finding a quote in a (possibly revised) text, in UTF-16 offsets of the
 * comparison form (see `normalize.ts`). `anchor` maps the result back to code
 * points of the original and decides whether it is good enough.
 *
 * Approach, after Hypothesis's `match-quote.ts`: collect candidate places with
 * an approximate matcher (Myers' bit-parallel algorithm, approx-string-match;
 * `quote-search.ts`), score each on how well the quote, its prefix and its
 * suffix match there (`candidate-pool.ts`, `match-score.ts`), and keep the
 * best. This file decides where to search, in what order, and when to stop.
 * What we do differently, and why:
 *
 * - **Cheap places first, and stop when convinced.** Verbatim occurrences
 *   (a string search) come first; then approximate search near the hint; in a
 *   long text, first the few regions an n-gram index votes for
 *   (`ngram-index.ts`), then the window around the hint. The search stops as
 *   soon as a candidate reaches `confidentScore`. The matcher costs
 *   O(n·k/32) for n characters and k allowed errors, so never scanning a long
 *   text end to end is what keeps 1,000 re-anchors fast.
 * - **The context is searched too.** approx-string-match reports only the
 *   matches with the fewest errors, so an edited occurrence of a repeated
 *   phrase is hidden by any intact occurrence nearby. Searching for
 *   `prefix + exact + suffix` finds the right occurrence, and the quote is then
 *   located inside that region.
 * - **Distance breaks ties.** An ordinary hint (a recorded position, off by
 *   whatever the revision inserted before it) adds at most `PROXIMITY_WEIGHT`
 *   to the ranking, never to the reported score, so a passage that moved is
 *   still found and of two equal candidates the nearer wins. A hint known to
 *   be accurate (`hintTolerance`) weighs more, enough to prefer the passage
 *   with a typo over an intact copy of it elsewhere.
 * - **The runner-up is reported**, so that callers can tell a clear winner
 *   from a choice between near-equals.
 */

/** Exact occurrences scored per search, nearest the hint first. */
const MAX_EXACT_CANDIDATES = 512;
/** Texts up to this many characters are searched end to end rather than through an n-gram index. */
const FULL_SCAN_LENGTH = 8192;

/**
 * The best place for the quote in `text` (comparison form), or null when the
 * quote is empty or nothing resembles it within the allowed errors. The result
 * is not thresholded: the caller decides whether its score is good enough.
 *
 * `ngrams` supplies an index of `text` (built on first call): texts longer
 * than `FULL_SCAN_LENGTH` are then searched beyond the window only where the
 * index says the quote or its context might be, instead of end to end.
 */
export function matchQuote(
  text: string,
  query: QuoteQuery,
  options: MatchQuoteOptions,
  ngrams?: () => NgramIndex,
): QuoteMatch | null {
  if (query.exact.length === 0 || text.length === 0) return null;
  const pool = new CandidatePool(text, query);
  const search: QuoteSearch = { pool, text, query, options };
  const quoteLength = query.exact.length;
  const confident = (): boolean => pool.bestScore >= options.confidentScore;
  const index = ngrams !== undefined && text.length > FULL_SCAN_LENGTH ? ngrams() : null;

  // Verbatim occurrences first: cheap to list, and their number says whether
  // the quote needs its context to be told apart (see `match-score.ts`).
  const verbatim =
    index === null ? exactOccurrences(text, query.exact) : index.occurrences(query.exact);
  if (verbatim.length === 1) pool.uniqueVerbatimStart = verbatim[0];
  const exactMatches = verbatim.map((start) => ({ start, end: start + quoteLength, errors: 0 }));
  for (const m of pool.nearest(exactMatches, MAX_EXACT_CANDIDATES)) pool.add(m);

  let window: { from: number; to: number } | null = null;
  if (query.hint !== undefined) {
    const radius =
      query.hintTolerance !== undefined
        ? 2 * query.hintTolerance + quoteErrors(query, options)
        : Math.max(options.windowRadius, 4 * quoteLength);
    window = {
      from: Math.max(0, query.hint - radius),
      to: Math.min(text.length, query.hint + quoteLength + radius),
    };
    // With a trusted hint, an edited passage at the hint must be weighed
    // against intact copies elsewhere, so its surroundings are always searched.
    if (query.hintTolerance !== undefined) {
      addQuoteMatches(search, window.from, window.to);
      addContextMatches(search, window.from, window.to);
    }
  }
  if (confident()) return pool.result();

  if (index === null) {
    // A window covering most of a short text would only search it twice.
    if (
      window !== null &&
      2 * (window.to - window.from) < text.length &&
      searchRange(search, window.from, window.to)
    ) {
      return pool.result();
    }
    searchRange(search, 0, text.length);
    return pool.result();
  }

  // A long text: search only where the index says the passage or its context
  // may be, which also finds it when it moved far. Only if no region shares
  // enough n-grams with it (edits every few characters) is the window, or
  // without a hint the whole text, searched instead.
  const withContext = query.prefix + query.exact + query.suffix;
  const maxErrors = Math.floor(
    quoteLength * options.maxErrorRate +
      (query.prefix.length + query.suffix.length) * options.contextErrorRate,
  );
  const regions = index.candidateRegions(withContext, maxErrors);
  // Best-voted first: the first confident region is almost always the passage.
  for (const region of regions) {
    if (searchRange(search, region.start, region.end)) return pool.result();
  }
  if (regions.length === 0) {
    if (window !== null) searchRange(search, window.from, window.to);
    else searchRange(search, 0, text.length);
  }
  return pool.result();
}
