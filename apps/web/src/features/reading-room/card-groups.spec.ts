import { groupCards } from './card-groups';

const options = { heights: new Map<string, number>(), defaultHeight: 100, moreRow: 30, gap: 10, tolerance: 40, foldSpan: 150, expanded: new Set<string>() };

describe('groupCards', () => {
  it('keeps one card per group where there is room beside the text', () => {
    const groups = groupCards([{ id: 'a', anchor: 0 }, { id: 'b', anchor: 200 }, { id: 'c', anchor: 400 }], options);
    expect(groups.map((g) => g.ids)).toEqual([['a'], ['b'], ['c']]);
  });

  it('folds cards that would be pushed far below passages close to the group they follow', () => {
    const groups = groupCards(
      [
        { id: 'a', anchor: 0 },
        { id: 'b', anchor: 20 },
        { id: 'c', anchor: 40 },
        { id: 'd', anchor: 400 },
      ],
      options,
    );
    expect(groups.map((g) => g.ids)).toEqual([['a', 'b', 'c'], ['d']]);
    expect(groups.every((g) => !g.expanded)).toBe(true);
  });

  it('starts a new group for a passage further down, even if it has to move down a little', () => {
    const groups = groupCards(
      [
        { id: 'a', anchor: 0 },
        { id: 'b', anchor: 20 },
        { id: 'c', anchor: 170 },
      ],
      options,
    );
    expect(groups.map((g) => g.ids)).toEqual([['a', 'b'], ['c']]);
  });

  it('shows a group in full when it holds the open card, and never folds the draft', () => {
    const groups = groupCards(
      [
        { id: 'a', anchor: 0 },
        { id: 'b', anchor: 20 },
        { id: 'draft', anchor: 30 },
      ],
      { ...options, expanded: new Set(['b']), never: new Set(['draft']) },
    );
    expect(groups).toEqual([
      { lead: 'a', ids: ['a', 'b'], expanded: true },
      { lead: 'draft', ids: ['draft'], expanded: false },
    ]);
  });
});
