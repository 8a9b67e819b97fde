import { densityBins, densityLevel } from './density-bins';
import { marginBuckets } from './margin-buckets';

describe('marginBuckets', () => {
  it('counts passages above, below and groups those beside the viewport', () => {
    const positions = new Map([
      ['above', { top: 0, bottom: 20 }],
      ['near1', { top: 1000, bottom: 1020 }],
      ['near2', { top: 1030, bottom: 1050 }],
      ['far', { top: 1400, bottom: 1420 }],
      ['below', { top: 5000, bottom: 5020 }],
    ]);
    // The text has scrolled 900 px up; the viewport shows 60…900.
    const buckets = marginBuckets(positions, -900, 60, 900);
    expect(buckets.above).toEqual(['above']);
    expect(buckets.below).toEqual(['below']);
    expect(buckets.beside).toEqual([
      { y: 100, ids: ['near1', 'near2'] },
      { y: 500, ids: ['far'] },
    ]);
  });

  it('keeps a passage that began above the viewport but reaches into it beside it, at the top', () => {
    const buckets = marginBuckets([['long', { top: 0, bottom: 2000 }]], -900, 60, 900);
    expect(buckets.beside).toEqual([{ y: 60, ids: ['long'] }]);
  });
});

describe('densityBins', () => {
  it('counts how many passages cover each slice of the text', () => {
    expect(densityBins([{ top: 0, bottom: 10 }, { top: 5, bottom: 35 }, { top: 95, bottom: 100 }], 100, 10)).toEqual([2, 1, 1, 1, 0, 0, 0, 0, 0, 1]);
  });

  it('scales intensity to the busiest slice', () => {
    expect([0, 1, 5, 9].map((n) => densityLevel(n, 9))).toEqual([0, 1, 2, 3]);
  });
});
