import { NgramIndex } from './ngram-index';
import { demoReading, nthOccurrence } from './testing/demo-readings';

const gilder = demoReading('gilder-2020-kaleidoscopic-world');

describe('NgramIndex', () => {
  const index = new NgramIndex(gilder);

  it('lists every verbatim occurrence of a phrase, short or long', () => {
    const expected: number[] = [];
    for (
      let i = gilder.indexOf('human security');
      i !== -1;
      i = gilder.indexOf('human security', i + 1)
    ) {
      expected.push(i);
    }
    expect(index.occurrences('human security')).toEqual(expected);
    expect(index.occurrences('UN')).toEqual([...gilder.matchAll(/UN/g)].map((m) => m.index));
    expect(index.occurrences('no such phrase anywhere')).toEqual([]);
  });

  it('points at the region where an edited passage now is', () => {
    const start = nthOccurrence(gilder, 'Commission on Human Security', 2);
    const passage = gilder.slice(start, start + 160);
    // Every eighth character replaced: 12.5 % of the passage edited.
    const edited = Array.from(passage, (c, i) => (i % 8 === 3 ? '#' : c)).join('');
    const revised = `${gilder.slice(0, 1000)}${'inserted words '.repeat(20)}${gilder.slice(1000, start)}${edited}${gilder.slice(start + 160)}`;
    const newStart = revised.indexOf(edited);
    const regions = new NgramIndex(revised).candidateRegions(passage, 48);
    expect(regions.some((r) => r.start <= newStart && newStart + 160 <= r.end)).toBe(true);
  });

  it('points nowhere for text that is not there', () => {
    expect(index.candidateRegions('zqxj vwkp zqxj vwkp zqxj vwkp', 8)).toEqual([]);
  });
});
