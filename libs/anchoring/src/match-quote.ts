import search from 'approx-string-match';
import { textSimilarity } from './text-similarity';

/**
 * Finding a quote in a (possibly revised) text, in UTF-16 offsets of the
 * comparison form (see `normalize.ts`). `anchor` maps the result back to code
 * points of the original and decides whether it is good enough.
 *
 * Approach, after Hypothesis's `match-quote.ts`: collect candidate places with
 * an approximate matcher (Myers' bit-parallel algorithm, approx-string-match),
 * score each on how well the quote, its prefix and its suffix match there, and
 * keep the best. What we do differently, and why:
 *
 * - **Near the hint first.** Revisions are mostly local, so we search a window
 *   around the expected position and only scan the whole text when nothing in
 *   the window is convincing. The matcher costs O(n·k/32) for n characters and
 *   k allowed errors, so this is what keeps 1,000 re-anchors fast.
 * - **Context weighs by its length.** Hypothesis weighs quote, prefix and
 *   suffix 50/20/20 whatever their lengths. We weigh each by its number of
 *   characters, i.e. the score is the similarity of `prefix + exact + suffix`
 *   as a whole: a 300-character quote identifies itself, while a 14-character
 *   one such as "human security" (106 occurrences in one reading) is identified
 *   by the 64 characters around it. This is what lets a deleted short passage
 *   score low at the places where its words happen to recur.
 * - **The context is searched too.** approx-string-match reports only the
 *   matches with the fewest errors, so an edited occurrence of a repeated
 *   phrase is hidden by any intact occurrence nearby. Searching for
 *   `prefix + exact + suffix` finds the right occurrence, and the quote is then
 *   located inside that region.
 * - **Distance only breaks ties.** Proximity to the hint adds at most
 *   `PROXIMITY_WEIGHT` to the ranking (never to the reported score), so a
 *   passage that moved is still found, and of two equally good candidates the
 *   nearer wins.
 */

/** The quote and its context in comparison form, and where it is expected. */
export interface QuoteQuery {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Expected start offset (comparison form), e.g. from a position selector. */
  readonly hint?: number;
}

export interface MatchQuoteOptions {
  /** Errors allowed when searching, as a fraction of the quote's length. */
  readonly maxErrorRate: number;
  /** Errors allowed in the prefix and suffix when searching with context, as a fraction of their length. */
  readonly contextErrorRate: number;
  /** Characters searched on each side of the hint before scanning the whole text. */
  readonly windowRadius: number;
  /** A candidate scoring at least this ends the search early. */
  readonly confidentScore: number;
}

/** A candidate place for the quote, with how well each part matches there. */
export interface QuoteMatch {
  /** Start offset (comparison form). */
  readonly start: number;
  /** End offset (comparison form), exclusive. */
  readonly end: number;
  /** Similarity of the text at [start, end) to the quote, in [0, 1]. */
  readonly quoteSimilarity: number;
  /** Similarity of the text before `start` to the prefix, in [0, 1]. */
  readonly prefixSimilarity: number;
  /** Similarity of the text after `end` to the suffix, in [0, 1]. */
  readonly suffixSimilarity: number;
  /** The three similarities weighted by the lengths of quote, prefix and suffix, in [0, 1]. */
  readonly score: number;
}

/** The most the hint can add to a candidate's rank: enough to break ties, too little to outvote text. */
const PROXIMITY_WEIGHT = 0.02;
/** Cap on errors allowed for long quotes: the matcher's cost grows with it (Hypothesis caps at 256 too). */
const MAX_ERRORS = 256;
/** Candidates of one kind scored per search, nearest the hint first, to bound the work for very common quotes. */
const MAX_CANDIDATES = 64;
/** Exact occurrences scored per search, nearest the hint first. */
const MAX_EXACT_CANDIDATES = 512;
/** Score of a candidate whose quote and context all match verbatim (up to rounding). */
const PERFECT_SCORE = 1 - 1e-9;

interface RawMatch {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/** Scores candidates and keeps the best, each place once. */
class CandidatePool {
  best: QuoteMatch | null = null;
  private bestRank = -Infinity;
  private readonly seen = new Set<number>();

  constructor(
    private readonly text: string,
    private readonly query: QuoteQuery,
  ) {}

  add(match: RawMatch): void {
    const { text, query } = this;
    const key = match.start * (text.length + 1) + match.end;
    if (this.seen.has(key)) return;
    this.seen.add(key);

    const quoteLength = query.exact.length;
    const quoteSimilarity = Math.max(0, 1 - match.errors / quoteLength);
    const prefixSimilarity = textSimilarity(
      text.slice(Math.max(0, match.start - query.prefix.length), match.start),
      query.prefix,
    );
    const suffixSimilarity = textSimilarity(
      text.slice(match.end, match.end + query.suffix.length),
      query.suffix,
    );
    const total = quoteLength + query.prefix.length + query.suffix.length;
    const score =
      (quoteLength * quoteSimilarity +
        query.prefix.length * prefixSimilarity +
        query.suffix.length * suffixSimilarity) /
      total;
    const rank = score + PROXIMITY_WEIGHT * this.proximity(match.start);
    if (rank > this.bestRank) {
      this.bestRank = rank;
      this.best = {
        start: match.start,
        end: match.end,
        quoteSimilarity,
        prefixSimilarity,
        suffixSimilarity,
        score,
      };
    }
  }

  /** 1 at the hint, falling linearly to 0 at a text's length away; 0 without a hint. */
  proximity(start: number): number {
    const { hint } = this.query;
    if (hint === undefined) return 0;
    return 1 - Math.abs(start - hint) / Math.max(1, this.text.length);
  }

  get bestScore(): number {
    return this.best === null ? 0 : this.best.score;
  }

  /** The `limit` matches nearest the hint (all, in order, without a hint). */
  nearest<T extends { readonly start: number }>(matches: readonly T[], limit: number): readonly T[] {
    if (matches.length <= limit || this.query.hint === undefined) return matches.slice(0, limit);
    const hint = this.query.hint;
    return [...matches]
      .sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint))
      .slice(0, limit);
  }
}

/** Every verbatim occurrence of `quote` starting in [from, to). */
function exactOccurrences(text: string, quote: string, from: number, to: number): RawMatch[] {
  const found: RawMatch[] = [];
  for (let i = text.indexOf(quote, from); i !== -1 && i < to; i = text.indexOf(quote, i + 1)) {
    found.push({ start: i, end: i + quote.length, errors: 0 });
  }
  return found;
}

/** Approximate matches of `pattern` in text[from, to), in text offsets. */
function approximate(
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
function mergeRegions(matches: readonly RawMatch[]): { start: number; end: number }[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  const regions: { start: number; end: number }[] = [];
  for (const m of sorted) {
    const last = regions[regions.length - 1];
    if (last !== undefined && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else regions.push({ start: m.start, end: m.end });
  }
  return regions;
}

/**
 * Adds the approximate matches of the quote in text[from, to), and the
 * quote's best places inside each approximate match of prefix + quote + suffix.
 */
function addApproximate(
  pool: CandidatePool,
  text: string,
  query: QuoteQuery,
  options: MatchQuoteOptions,
  from: number,
  to: number,
): void {
  const quoteErrors = Math.min(MAX_ERRORS, Math.floor(query.exact.length * options.maxErrorRate));
  for (const m of pool.nearest(approximate(text, query.exact, quoteErrors, from, to), MAX_CANDIDATES)) {
    pool.add(m);
  }

  const contextLength = query.prefix.length + query.suffix.length;
  if (contextLength === 0) return;
  const withContext = query.prefix + query.exact + query.suffix;
  const contextErrors = Math.min(
    MAX_ERRORS,
    quoteErrors + Math.floor(contextLength * options.contextErrorRate),
  );
  const regions = mergeRegions(
    pool.nearest(approximate(text, withContext, contextErrors, from, to), MAX_CANDIDATES),
  );
  for (const region of regions) {
    // Search slightly beyond the region: the alignment may have cut the quote's edge.
    const slack = Math.max(4, quoteErrors);
    const inner = approximate(
      text,
      query.exact,
      query.exact.length,
      Math.max(0, region.start - slack),
      Math.min(text.length, region.end + slack),
    );
    for (const m of pool.nearest(inner, 8)) pool.add(m);
  }
}

/**
 * The best place for the quote in `text` (comparison form), or null when the
 * quote is empty or nothing resembles it within the allowed errors. The result
 * is not thresholded: the caller decides whether its score is good enough.
 */
export function matchQuote(
  text: string,
  query: QuoteQuery,
  options: MatchQuoteOptions,
): QuoteMatch | null {
  if (query.exact.length === 0 || text.length === 0) return null;
  const pool = new CandidatePool(text, query);
  const quoteLength = query.exact.length;

  if (query.hint !== undefined) {
    const radius = Math.max(options.windowRadius, 4 * quoteLength);
    const from = Math.max(0, query.hint - radius);
    const to = Math.min(text.length, query.hint + quoteLength + radius);
    for (const m of pool.nearest(exactOccurrences(text, query.exact, from, to), MAX_EXACT_CANDIDATES)) {
      pool.add(m);
    }
    if (pool.bestScore >= PERFECT_SCORE) return pool.best;
    addApproximate(pool, text, query, options, from, to);
    if (pool.bestScore >= options.confidentScore) return pool.best;
  }

  const everywhere = exactOccurrences(text, query.exact, 0, text.length);
  for (const m of pool.nearest(everywhere, MAX_EXACT_CANDIDATES)) pool.add(m);
  if (pool.bestScore >= options.confidentScore) return pool.best;
  addApproximate(pool, text, query, options, 0, text.length);
  return pool.best;
}
