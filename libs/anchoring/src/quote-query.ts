/**
 * What `matchQuote` is asked and what it answers, in UTF-16 offsets of the
 * comparison form (see `normalize.ts`). Shared by the search (`quote-search.ts`),
 * the scoring of candidates (`candidate-pool.ts`) and the strategy tying them
 * together (`match-quote.ts`).
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

/** A place the approximate matcher reported, before it is scored. */
export interface RawMatch {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}
