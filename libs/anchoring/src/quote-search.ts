import search from 'approx-string-match';
import type { CandidatePool } from './candidate-pool';
import type { MatchQuoteOptions, QuoteQuery, RawMatch } from './quote-query';

/**
 * Searching one range of the text for candidate places of a quote: verbatim,
 * approximately, and with its context (see `match-quote.ts` for why the
 * context is searched too). Candidates go to a `CandidatePool`, which scores
 * them; which ranges are searched, and in what order, is `matchQuote`'s call.
 */

/** Cap on errors allowed for long quotes: the matcher's cost grows with it (Hypothesis caps at 256 too). */
const MAX_ERRORS = 256;
/** Candidates of one kind scored per search, nearest the hint first, to bound the work for very common quotes. */
const MAX_CANDIDATES = 64;

/** Start offsets of every verbatim occurrence of `quote` in `text`. */
export function exactOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/** Approximate matches of `pattern` in text[from, to), in text offsets. */
export function approximate(
  text: string,
  pattern: string,
  maxErrors: number,
  from: number,
  to: number,
): RawMatch[] {
  const region = from === 0 && to === text.length ? text : text.slice(from, to);
  return search(region, pattern, maxErrors).map((m) => ({
    start: from + m.start,
    end: from + m.end,
    errors: m.errors,
  }));
}

/** Merges overlapping matches into disjoint regions, so each region is searched once. */
export function mergeRegions(matches: readonly RawMatch[]): { start: number; end: number }[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  const regions: { start: number; end: number }[] = [];
  for (const m of sorted) {
    const last = regions[regions.length - 1];
    if (last !== undefined && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else regions.push({ start: m.start, end: m.end });
  }
  return regions;
}

/** One `matchQuote` call's search: its text and quote, and the pool its candidates go to. */
export interface QuoteSearch {
  readonly pool: CandidatePool;
  readonly text: string;
  readonly query: QuoteQuery;
  readonly options: MatchQuoteOptions;
}

/** Errors allowed when searching for the quote alone. */
export function quoteErrors(query: QuoteQuery, options: MatchQuoteOptions): number {
  return Math.min(MAX_ERRORS, Math.floor(query.exact.length * options.maxErrorRate));
}

/** Adds the approximate matches of the quote in text[from, to). */
export function addQuoteMatches({ pool, text, query, options }: QuoteSearch, from: number, to: number): void {
  const matches = approximate(text, query.exact, quoteErrors(query, options), from, to);
  for (const m of pool.nearest(matches, MAX_CANDIDATES)) pool.add(m);
}

/**
 * Adds the quote's best places inside each approximate match of
 * prefix + quote + suffix in text[from, to). Needed when the quote alone
 * finds only an intact occurrence of a repeated phrase while the passage is
 * an edited one.
 */
export function addContextMatches({ pool, text, query, options }: QuoteSearch, from: number, to: number): void {
  const contextLength = query.prefix.length + query.suffix.length;
  if (contextLength === 0) return;
  const errors = quoteErrors(query, options);
  const withContext = query.prefix + query.exact + query.suffix;
  const contextErrors = Math.min(
    MAX_ERRORS,
    errors + Math.floor(contextLength * options.contextErrorRate),
  );
  const regions = mergeRegions(
    pool.nearest(approximate(text, withContext, contextErrors, from, to), MAX_CANDIDATES),
  );
  for (const region of regions) {
    // Search slightly beyond the region: the alignment may have cut the quote's edge.
    const slack = Math.max(4, errors);
    const inner = approximate(
      text,
      query.exact,
      errors,
      Math.max(0, region.start - slack),
      Math.min(text.length, region.end + slack),
    );
    for (const m of pool.nearest(inner, 8)) pool.add(m);
  }
}

/**
 * Searches text[from, to) for the quote, then, unless a confident candidate
 * turned up, for the quote with its context. Returns whether the pool now
 * holds a confident candidate.
 */
export function searchRange(search: QuoteSearch, from: number, to: number): boolean {
  addQuoteMatches(search, from, to);
  if (search.pool.bestScore >= search.options.confidentScore) return true;
  addContextMatches(search, from, to);
  return search.pool.bestScore >= search.options.confidentScore;
}
