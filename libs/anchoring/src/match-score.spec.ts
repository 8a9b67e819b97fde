import { matchScore, UNIQUE_QUOTE_CONTEXT_LENGTH } from './match-score';

const parts = {
  quoteLength: 14,
  quoteSimilarity: 1,
  prefixLength: 32,
  prefixSimilarity: 1,
  suffixLength: 32,
  suffixSimilarity: 1,
  uniqueVerbatim: false,
};

describe('matchScore', () => {
  it('is 1 when quote and context all match', () => {
    expect(matchScore(parts)).toBe(1);
  });

  it('weighs quote, prefix and suffix by their lengths', () => {
    // "human security" verbatim at a place with unrelated context.
    expect(matchScore({ ...parts, prefixSimilarity: 0, suffixSimilarity: 0 })).toBeCloseTo(14 / 78);
    // The same phrase with one typo where its context matches.
    expect(matchScore({ ...parts, quoteSimilarity: 13 / 14 })).toBeCloseTo(77 / 78);
  });

  it('ignores context that does not exist, at the ends of the text', () => {
    expect(matchScore({ ...parts, prefixLength: 0, prefixSimilarity: 0 })).toBe(1);
  });

  it('discounts the context of a long quote found verbatim exactly once', () => {
    const moved = { ...parts, quoteLength: 128, prefixSimilarity: 0.25, suffixSimilarity: 0.25 };
    const weight = UNIQUE_QUOTE_CONTEXT_LENGTH / 128;
    expect(matchScore({ ...moved, uniqueVerbatim: true })).toBeCloseTo(
      (128 + weight * 64 * 0.25) / (128 + weight * 64),
    );
    expect(matchScore({ ...moved, uniqueVerbatim: true })).toBeGreaterThan(matchScore(moved));
  });

  it('keeps the full context weight of a short quote even when it is unique', () => {
    const short = { ...parts, prefixSimilarity: 0.3, suffixSimilarity: 0.3 };
    expect(matchScore({ ...short, uniqueVerbatim: true })).toBe(matchScore(short));
  });
});
