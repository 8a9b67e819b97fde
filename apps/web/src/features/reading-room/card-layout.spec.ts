import { layoutCards } from './card-layout';

const card = (id: string, anchor: number | null, height = 100) => ({ id, anchor, height });

describe('layoutCards', () => {
  it('puts each card beside its passage when there is room', () => {
    expect([...layoutCards([card('a', 0), card('b', 300), card('c', 700)], null, 10)]).toEqual([
      ['a', 0],
      ['b', 300],
      ['c', 700],
    ]);
  });

  it('pushes a card down rather than overlapping the one before', () => {
    expect([...layoutCards([card('a', 0), card('b', 50), card('c', 120)], null, 10)]).toEqual([
      ['a', 0],
      ['b', 110],
      ['c', 220],
    ]);
  });

  it('aligns the active card with its passage, moving the earlier cards up', () => {
    const tops = layoutCards([card('a', 200), card('b', 250), card('c', 260)], 'c', 10);
    expect(tops.get('c')).toBe(260);
    expect(tops.get('b')).toBe(150);
    expect(tops.get('a')).toBe(40);
  });

  it('never moves cards above the top: the active card then comes as close as it can', () => {
    const tops = layoutCards([card('a', 0), card('b', 10), card('c', 20)], 'c', 10);
    expect(tops.get('a')).toBe(0);
    expect(tops.get('c')).toBe(220);
  });
});
