import type { HighlightRange } from './highlight-ranges';
import { highlightName } from './highlight-name';

const layer = (id: string, author: string, extra: Partial<HighlightRange> = {}): HighlightRange => ({
  id,
  start: 0,
  end: 5,
  color: 'yellow',
  motivation: 'commenting',
  deleted: false,
  author,
  replies: 0,
  ...extra,
});

describe('highlightName', () => {
  it('names the one author and says one annotation', () => {
    expect(highlightName([layer('a', 'Ama Mensah')])).toBe('Highlight by Ama Mensah, 1 annotation');
  });

  it('names two authors, innermost first, and counts the replies of every thread', () => {
    const outer = layer('a', 'Ben Carter', { replies: 2 });
    const inner = layer('b', 'Ama Mensah', { replies: 1 });
    expect(highlightName([outer, inner])).toBe('Highlight by Ama Mensah and Ben Carter, 2 annotations, 3 replies');
  });

  it('says "and N others" past two people, and counts each person once', () => {
    const layers = [layer('a', 'Ada Okafor'), layer('b', 'Ben Carter'), layer('c', 'Ben Carter'), layer('d', 'Ama Mensah', { replies: 1 })];
    expect(highlightName(layers)).toBe('Highlight by Ama Mensah and 2 others, 4 annotations, 1 reply');
  });

  it('calls a run of deleted annotations kept for their replies what it is', () => {
    expect(highlightName([layer('a', 'Ama Mensah', { deleted: true, replies: 2 })])).toBe('1 deleted annotation, 2 replies');
  });

  it('leaves the passage being annotated unnamed, and leaves it out of the count', () => {
    const draft = layer('__draft', '', { pending: true });
    expect(highlightName([draft])).toBeNull();
    expect(highlightName([layer('a', 'Ama Mensah'), draft])).toBe('Highlight by Ama Mensah, 1 annotation');
  });
});
