import { splitAtRandom } from './group-split';

const people = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);

describe('split at random into groups of N', () => {
  it('makes as many groups as groups of N need, with sizes differing by at most one', () => {
    const groups = splitAtRandom(people(7), 3);
    expect(groups.map((g) => g.length).sort()).toEqual([2, 2, 3]);
  });

  it('places every person exactly once', () => {
    const everyone = people(23);
    const groups = splitAtRandom(everyone, 4);
    expect(groups.flat().sort()).toEqual([...everyone].sort());
    expect(Math.max(...groups.map((g) => g.length)) - Math.min(...groups.map((g) => g.length))).toBeLessThanOrEqual(1);
  });

  it('makes no groups when there is nobody to place', () => {
    expect(splitAtRandom([], 3)).toEqual([]);
  });

  it('shuffles with the randomness it is given', () => {
    const last = splitAtRandom(people(4), 4, (below) => below - 1);
    const first = splitAtRandom(people(4), 4, () => 0);
    expect(last).toEqual([['p0', 'p1', 'p2', 'p3']]);
    expect(first).not.toEqual(last);
  });

  it('refuses groups smaller than one', () => {
    expect(() => splitAtRandom(people(3), 0)).toThrow(RangeError);
  });
});
