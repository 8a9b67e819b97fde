import { CandidatePool } from './candidate-pool';
import type { MatchQuoteOptions, QuoteQuery } from './quote-query';
import {
  addQuoteMatches,
  approximate,
  exactOccurrences,
  mergeRegions,
  quoteErrors,
  searchRange,
  type QuoteSearch,
} from './quote-search';

const OPTIONS: MatchQuoteOptions = { maxErrorRate: 0.3, contextErrorRate: 0.3, windowRadius: 100, confidentScore: 0.95 };

describe('exactOccurrences', () => {
  it('lists every verbatim occurrence, overlapping ones included', () => {
    expect(exactOccurrences('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(exactOccurrences('a cat, a dog, a cat', 'a cat')).toEqual([0, 14]);
    expect(exactOccurrences('a dog', 'a cat')).toEqual([]);
  });
});

describe('approximate', () => {
  it('reports matches in offsets of the whole text when searching part of it', () => {
    const text = 'hello world, hello there';
    expect(approximate(text, 'hello', 0, 6, text.length)).toEqual([{ start: 13, end: 18, errors: 0 }]);
  });

  it('finds the pattern within the allowed errors', () => {
    expect(approximate('we say helo', 'hello', 1, 0, 11)).toEqual([
      expect.objectContaining({ start: 7, end: 11, errors: 1 }),
    ]);
    expect(approximate('we say helo', 'hello', 0, 0, 11)).toEqual([]);
  });
});

describe('mergeRegions', () => {
  it('merges overlapping and touching matches into disjoint regions, in text order', () => {
    const m = (start: number, end: number) => ({ start, end, errors: 0 });
    expect(mergeRegions([m(5, 10), m(0, 3), m(8, 12), m(12, 14), m(20, 22)])).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 14 },
      { start: 20, end: 22 },
    ]);
  });
});

describe('quoteErrors', () => {
  it('allows errors in proportion to the quote, up to a cap for long quotes', () => {
    const query = (length: number): QuoteQuery => ({ exact: 'x'.repeat(length), prefix: '', suffix: '' });
    expect(quoteErrors(query(10), OPTIONS)).toBe(3);
    expect(quoteErrors(query(2000), OPTIONS)).toBe(256);
  });
});

describe('searchRange', () => {
  // An intact copy of a phrase hides its edited occurrence from a search for the phrase alone.
  const text = 'Part A: we need human security now. Part B: a plea for hunan security approach.';
  const query: QuoteQuery = { exact: 'human security', prefix: 'a plea for ', suffix: ' approach.' };
  const scope = (q: QuoteQuery): QuoteSearch => ({ pool: new CandidatePool(text, q), text, query: q, options: OPTIONS });

  it('finds the edited occurrence of a repeated phrase through its context', () => {
    const quoteOnly = new CandidatePool(text, query);
    addQuoteMatches({ pool: quoteOnly, text, query, options: OPTIONS }, 0, text.length);
    expect(quoteOnly.result()?.start).toBe(text.indexOf('human security'));

    const pool = new CandidatePool(text, query);
    searchRange({ pool, text, query, options: OPTIONS }, 0, text.length);
    expect(pool.result()).toMatchObject({ start: text.indexOf('hunan security'), end: text.indexOf(' approach') });
  });

  it('says whether it found a confident candidate', () => {
    const intact = { ...query, prefix: 'we need ', suffix: ' now.' };
    expect(searchRange(scope(intact), 0, text.length)).toBe(true);
    const nowhere = { ...query, exact: 'human rights' };
    expect(searchRange(scope(nowhere), 0, 20)).toBe(false);
  });

  it('searches only inside the given range', () => {
    const pool = new CandidatePool(text, query);
    searchRange({ pool, text, query, options: OPTIONS }, 0, text.indexOf('Part B'));
    expect(pool.result()?.start).toBe(text.indexOf('human security'));
  });
});
