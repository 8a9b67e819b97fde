import { presenceEntries, roster, rosterKey } from './presence-roster';

const ama = { userId: 'u-ama', displayName: 'Ama' };
const ben = { userId: 'u-ben', displayName: 'Ben' };

describe('roster', () => {
  it('counts a person with several tabs, on several instances, once', () => {
    expect(roster([ben, ama, ben, { ...ama }])).toEqual([ama, ben]);
  });

  it('orders by name, then id, so every instance computes the same row', () => {
    const other = { userId: 'u-0', displayName: 'Ama' };
    expect(roster([ben, ama, other])).toEqual([other, ama, ben]);
    expect(rosterKey(roster([ben, ama]))).toBe(rosterKey(roster([ama, ben])));
  });

  it('keeps only well-formed entries from a remote answer', () => {
    expect(presenceEntries([ama, null, { userId: 1 }, 'x', ben])).toEqual([ama, ben]);
    expect(presenceEntries({ userId: 'u' })).toEqual([]);
  });
});
