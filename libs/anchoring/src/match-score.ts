/**
 * How a candidate place for a passage is scored: the similarities of quote,
 * prefix and suffix (each in [0, 1]), weighed by their lengths, i.e. roughly
 * the similarity of `prefix + exact + suffix` taken as a whole.
 *
 * Weighing by length (Hypothesis weighs 50/20/20 whatever the lengths) makes
 * the context decide for short quotes, which need it: "human security" occurs
 * 106 times in one reading, and only its 64 characters of context say which.
 *
 * The context is discounted when it is not needed to tell places apart: for a
 * quote found verbatim exactly once in the text, its weight is
 * min(1, `UNIQUE_QUOTE_CONTEXT_LENGTH` / quote length). A passage that moved
 * has new neighbours, and a long unique quote should not lose its place for
 * that; a short one still needs its context (a verbatim 20-character phrase is
 * often a coincidence).
 */

/** Quote length (UTF-16 units) up to which a unique verbatim quote still needs its full context. */
export const UNIQUE_QUOTE_CONTEXT_LENGTH = 32;

export interface SimilarityParts {
  readonly quoteLength: number;
  readonly quoteSimilarity: number;
  readonly prefixLength: number;
  readonly prefixSimilarity: number;
  readonly suffixLength: number;
  readonly suffixSimilarity: number;
  /** Whether the quote was found verbatim here and nowhere else in the text. */
  readonly uniqueVerbatim: boolean;
}

/** The combined score in [0, 1]; 1 when everything there is to compare matches. */
export function matchScore(parts: SimilarityParts): number {
  const contextWeight =
    parts.uniqueVerbatim && parts.quoteLength > 0
      ? Math.min(1, UNIQUE_QUOTE_CONTEXT_LENGTH / parts.quoteLength)
      : 1;
  const prefixWeight = contextWeight * parts.prefixLength;
  const suffixWeight = contextWeight * parts.suffixLength;
  const total = parts.quoteLength + prefixWeight + suffixWeight;
  if (total === 0) return 1;
  return (
    (parts.quoteLength * parts.quoteSimilarity +
      prefixWeight * parts.prefixSimilarity +
      suffixWeight * parts.suffixSimilarity) /
    total
  );
}
