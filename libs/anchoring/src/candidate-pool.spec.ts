import { CandidatePool } from './candidate-pool';
import type { QuoteQuery } from './quote-query';

const TEXT = 'the cat sat on the mat; the cat ran off';
const CAT = { exact: 'the cat', prefix: '', suffix: ' sat' };

function at(start: number, length: number, errors = 0) {
  return { start, end: start + length, errors };
}

describe('CandidatePool', () => {
  it('has no result until a candidate is added', () => {
    const pool = new CandidatePool(TEXT, CAT);
    expect(pool.result()).toBeNull();
    expect(pool.bestScore).toBe(0);
  });

  it('scores a place by how well the quote and its context match there, and keeps the best', () => {
    const pool = new CandidatePool(TEXT, CAT);
    pool.add(at(TEXT.lastIndexOf('the cat'), 7));
    pool.add(at(0, 7));
    const best = pool.result();
    expect(best).toMatchObject({ start: 0, end: 7, quoteSimilarity: 1, suffixSimilarity: 1, score: 1 });
    // " ran" against " sat": two of four characters differ.
    expect(best?.runnerUpScore).toBeCloseTo((7 + 4 * 0.5) / 11);
  });

  it('counts the errors the matcher reported against the quote', () => {
    const pool = new CandidatePool(TEXT, CAT);
    pool.add(at(0, 7, 2));
    expect(pool.result()?.quoteSimilarity).toBeCloseTo(5 / 7);
  });

  it('scores each place once, however often a search reports it', () => {
    const pool = new CandidatePool(TEXT, CAT);
    pool.add(at(0, 7, 2));
    pool.add(at(0, 7, 0));
    expect(pool.result()?.quoteSimilarity).toBeCloseTo(5 / 7);
  });

  it('reports as runner-up the best candidate that does not overlap the winner', () => {
    const pool = new CandidatePool(TEXT, CAT);
    pool.add(at(0, 7));
    pool.add(at(1, 7, 1));
    const second = TEXT.lastIndexOf('the cat');
    pool.add(at(second, 7));
    const far = new CandidatePool(TEXT, CAT);
    far.add(at(second, 7));
    expect(pool.result()?.runnerUpScore).toBe(far.result()?.score);
  });

  it('lets a hint break a tie between equal places without changing their score', () => {
    const text = 'one: a b c; two: a b c;';
    const query: QuoteQuery = { exact: 'b', prefix: 'a ', suffix: ' c', hint: text.lastIndexOf('b') };
    const pool = new CandidatePool(text, query);
    pool.add(at(text.indexOf('b'), 1));
    pool.add(at(text.lastIndexOf('b'), 1));
    expect(pool.result()).toMatchObject({ start: text.lastIndexOf('b'), score: 1, runnerUpScore: 1 });

    const unhinted = new CandidatePool(text, { ...query, hint: undefined });
    unhinted.add(at(text.indexOf('b'), 1));
    unhinted.add(at(text.lastIndexOf('b'), 1));
    expect(unhinted.result()?.start).toBe(text.indexOf('b'));
  });

  describe('with a passage intact far from the hint and with a typo at it', () => {
    const passage = 'a forty-character passage about lists ok';
    const typo = 'a forty-character passage abut lists ok';
    const filler = ' filler text between the two copies.'.repeat(4);
    const text = `[${passage}]${filler}[${typo}]${filler}`;
    const intactStart = text.indexOf(passage);
    const typoStart = text.indexOf(typo);
    const query: QuoteQuery = { exact: passage, prefix: '[', suffix: ']', hint: typoStart };

    function bestOf(q: QuoteQuery): number | undefined {
      const pool = new CandidatePool(text, q);
      pool.add(at(intactStart, passage.length));
      pool.add(at(typoStart, typo.length, 1));
      return pool.result()?.start;
    }

    it('an ordinary hint does not outvote the text', () => {
      expect(bestOf(query)).toBe(intactStart);
    });

    it('a hint known to be accurate prefers the passage at the hint', () => {
      expect(bestOf({ ...query, hintTolerance: 5 })).toBe(typoStart);
    });
  });

  it("discounts the context of a long quote's only verbatim occurrence", () => {
    const quote = 'a long quote of well over thirty-two characters';
    const text = `moved here: ${quote} and here.`;
    const query: QuoteQuery = { exact: quote, prefix: 'it was once', suffix: ' elsewhere' };
    const start = text.indexOf(quote);
    const plain = new CandidatePool(text, query);
    plain.add(at(start, quote.length));
    const unique = new CandidatePool(text, query);
    unique.uniqueVerbatimStart = start;
    unique.add(at(start, quote.length));
    expect(unique.bestScore).toBeGreaterThan(plain.bestScore);
  });

  it('picks the matches nearest the hint, or the first ones without a hint', () => {
    const matches = [at(0, 1), at(10, 1), at(20, 1), at(30, 1)];
    expect(new CandidatePool(TEXT, { ...CAT, hint: 22 }).nearest(matches, 2)).toEqual([at(20, 1), at(30, 1)]);
    expect(new CandidatePool(TEXT, CAT).nearest(matches, 2)).toEqual([at(0, 1), at(10, 1)]);
    expect(new CandidatePool(TEXT, { ...CAT, hint: 22 }).nearest(matches, 8)).toEqual(matches);
  });
});
