import search from 'approx-string-match';
import type { NgramIndex } from './ngram-index';
import { matchScore } from './match-score';
import { textSimilarity } from './text-similarity';

/**
 * Finding a quote in a (possibly revised) text, in UTF-16 offsets of the
 * comparison form (see `normalize.ts`). `anchor` maps the result back to code
 * points of the original and decides whether it is good enough.
 *
 * Approach, after Hypothesis's `match-quote.ts`: collect candidate places with
 * an approximate matcher (Myers' bit-parallel algorithm, approx-string-match),
 * score each on how well the quote, its prefix and its suffix match there
 * (`match-score.ts`), and keep the best. What we do differently, and why:
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

/** The quote and its context in comparison form, and where it is expected. */
export interface QuoteQuery {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Expected start offset (comparison form), e.g. from a position selector. */
  readonly hint?: number;
  /**
   * Set when the hint is known to be accurate to about this many characters
   * (e.g. corrected from neighbouring passages): the text around the hint is
   * then always searched, and nearness weighs enough to choose between
   * near-identical places, such as the entries of a repetitive list.
   */
  readonly hintTolerance?: number;
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
  /** The combined score in [0, 1] (see `match-score.ts`). */
  readonly score: number;
  /**
   * Score of the best candidate seen that does not overlap this one (0 if
   * none): close to `score`, the text alone could not tell the two apart.
   */
  readonly runnerUpScore: number;
}

/** The most an untrusted hint adds to a candidate's rank: enough to break ties, too little to outvote text. */
const PROXIMITY_WEIGHT = 0.02;
/**
 * The most a trusted hint adds: outweighs a typo or two in a short quote (a
 * few hundredths of its score), never a rewritten context.
 */
const TRUSTED_PROXIMITY_WEIGHT = 0.05;
/** Cap on errors allowed for long quotes: the matcher's cost grows with it (Hypothesis caps at 256 too). */
const MAX_ERRORS = 256;
/** Candidates of one kind scored per search, nearest the hint first, to bound the work for very common quotes. */
const MAX_CANDIDATES = 64;
/** Exact occurrences scored per search, nearest the hint first. */
const MAX_EXACT_CANDIDATES = 512;
/** Texts up to this many characters are searched end to end rather than through an n-gram index. */
const FULL_SCAN_LENGTH = 8192;

interface RawMatch {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

type ScoredMatch = Omit<QuoteMatch, 'runnerUpScore'> & { readonly rank: number };

/** Scores candidates, each place once, and keeps them to pick the best and its runner-up. */
class CandidatePool {
  private readonly scored: ScoredMatch[] = [];
  private bestIndex = -1;
  private readonly seen = new Set<number>();
  /** Start of the quote's only verbatim occurrence in the text, if it has exactly one. */
  uniqueVerbatimStart: number | null = null;

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
    const score = matchScore({
      quoteLength,
      quoteSimilarity,
      prefixLength: query.prefix.length,
      prefixSimilarity,
      suffixLength: query.suffix.length,
      suffixSimilarity,
      uniqueVerbatim: match.errors === 0 && match.start === this.uniqueVerbatimStart,
    });
    const rank = score + this.proximity(match.start);
    this.scored.push({
      start: match.start,
      end: match.end,
      quoteSimilarity,
      prefixSimilarity,
      suffixSimilarity,
      score,
      rank,
    });
    if (this.bestIndex === -1 || rank > this.scored[this.bestIndex].rank) {
      this.bestIndex = this.scored.length - 1;
    }
  }

  /**
   * What nearness to the hint adds to a candidate's rank. Untrusted: falls
   * linearly from `PROXIMITY_WEIGHT` at the hint to 0 a text's length away.
   * Trusted: falls exponentially from `TRUSTED_PROXIMITY_WEIGHT` with the
   * distance in units of the tolerance. Nothing without a hint.
   */
  private proximity(start: number): number {
    const { hint, hintTolerance } = this.query;
    if (hint === undefined) return 0;
    const distance = Math.abs(start - hint);
    if (hintTolerance !== undefined) {
      return TRUSTED_PROXIMITY_WEIGHT * Math.exp(-distance / Math.max(1, hintTolerance));
    }
    return PROXIMITY_WEIGHT * (1 - distance / Math.max(1, this.text.length));
  }

  get bestScore(): number {
    return this.bestIndex === -1 ? 0 : this.scored[this.bestIndex].score;
  }

  /** The best candidate and the score of the best one that does not overlap it. */
  result(): QuoteMatch | null {
    if (this.bestIndex === -1) return null;
    const best = this.scored[this.bestIndex];
    let runnerUpScore = 0;
    for (const c of this.scored) {
      const overlaps = c.start < best.end && best.start < c.end;
      if (!overlaps && c.score > runnerUpScore) runnerUpScore = c.score;
    }
    return {
      start: best.start,
      end: best.end,
      quoteSimilarity: best.quoteSimilarity,
      prefixSimilarity: best.prefixSimilarity,
      suffixSimilarity: best.suffixSimilarity,
      score: best.score,
      runnerUpScore,
    };
  }

  /** The `limit` matches nearest the hint (all, in order, without a hint). */
  nearest<T extends { readonly start: number }>(
    matches: readonly T[],
    limit: number,
  ): readonly T[] {
    if (matches.length <= limit || this.query.hint === undefined) return matches.slice(0, limit);
    const hint = this.query.hint;
    return [...matches]
      .sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint))
      .slice(0, limit);
  }
}

/** Start offsets of every verbatim occurrence of `quote` in `text`. */
function exactOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
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

/** Errors allowed when searching for the quote alone. */
function quoteErrors(query: QuoteQuery, options: MatchQuoteOptions): number {
  return Math.min(MAX_ERRORS, Math.floor(query.exact.length * options.maxErrorRate));
}

/** Adds the approximate matches of the quote in text[from, to). */
function addQuoteMatches(
  pool: CandidatePool,
  text: string,
  query: QuoteQuery,
  options: MatchQuoteOptions,
  from: number,
  to: number,
): void {
  const matches = approximate(text, query.exact, quoteErrors(query, options), from, to);
  for (const m of pool.nearest(matches, MAX_CANDIDATES)) pool.add(m);
}

/**
 * Adds the quote's best places inside each approximate match of
 * prefix + quote + suffix in text[from, to). Needed when the quote alone
 * finds only an intact occurrence of a repeated phrase while the passage is
 * an edited one.
 */
function addContextMatches(
  pool: CandidatePool,
  text: string,
  query: QuoteQuery,
  options: MatchQuoteOptions,
  from: number,
  to: number,
): void {
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
function searchRange(
  pool: CandidatePool,
  text: string,
  query: QuoteQuery,
  options: MatchQuoteOptions,
  from: number,
  to: number,
): boolean {
  addQuoteMatches(pool, text, query, options, from, to);
  if (pool.bestScore >= options.confidentScore) return true;
  addContextMatches(pool, text, query, options, from, to);
  return pool.bestScore >= options.confidentScore;
}

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
      addQuoteMatches(pool, text, query, options, window.from, window.to);
      addContextMatches(pool, text, query, options, window.from, window.to);
    }
  }
  if (confident()) return pool.result();

  if (index === null) {
    // A window covering most of a short text would only search it twice.
    if (
      window !== null &&
      2 * (window.to - window.from) < text.length &&
      searchRange(pool, text, query, options, window.from, window.to)
    ) {
      return pool.result();
    }
    searchRange(pool, text, query, options, 0, text.length);
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
    if (searchRange(pool, text, query, options, region.start, region.end)) return pool.result();
  }
  if (regions.length === 0) {
    if (window !== null) searchRange(pool, text, query, options, window.from, window.to);
    else searchRange(pool, text, query, options, 0, text.length);
  }
  return pool.result();
}
