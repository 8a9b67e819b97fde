import { matchScore } from './match-score';
import type { QuoteMatch, QuoteQuery, RawMatch } from './quote-query';
import { textSimilarity } from './text-similarity';

/** The most an untrusted hint adds to a candidate's rank: enough to break ties, too little to outvote text. */
const PROXIMITY_WEIGHT = 0.02;
/**
 * The most a trusted hint adds: outweighs a typo or two in a short quote (a
 * few hundredths of its score), never a rewritten context.
 */
const TRUSTED_PROXIMITY_WEIGHT = 0.05;

/** A scored candidate; `rank` adds nearness to the hint to its score, to order candidates. */
type ScoredMatch = Omit<QuoteMatch, 'runnerUpScore'> & { readonly rank: number };

/** Scores candidates, each place once, and keeps them to pick the best and its runner-up. */
export class CandidatePool {
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
