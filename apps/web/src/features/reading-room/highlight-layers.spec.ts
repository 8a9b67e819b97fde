import { CodePointIndex } from '@glossa/anchoring';
import { anAnnotation } from '../annotations/annotation-factories';
import { splitReadingIntoBlocks } from '../readings/reading-blocks';
import { layerBlocks, reuseUnchanged } from './highlight-layers';
import { HighlightRange, placeAnnotations, textTarget } from './highlight-ranges';

const range = (id: string, start: number, end: number, extra: Partial<HighlightRange> = {}): HighlightRange => ({
  id,
  start,
  end,
  color: 'yellow',
  motivation: 'commenting',
  deleted: false,
  ...extra,
});

describe('placeAnnotations', () => {
  it('turns code point targets into UTF-16 offsets past astral characters', () => {
    const text = '😀🎉 Before the passage, then the words we mean.';
    const start = [...text].indexOf('w');
    const annotation = anAnnotation({ id: 'a', target: { exact: 'words', prefix: '', suffix: '', start, end: start + 5 } });
    const { anchored } = placeAnnotations([annotation], 1, new CodePointIndex(text));
    expect(text.slice(anchored[0].start, anchored[0].end)).toBe('words');
    expect(anchored[0].start).toBe(start + 2);
  });

  it('describes a selection for the API in code points, keeping a half-selected emoji whole', () => {
    const text = 'Flags 🇨🇦 and 😀 then words.';
    const index = new CodePointIndex(text);
    const at = text.indexOf('then');
    expect(textTarget({ start: at, end: at + 4 }, text, index)).toEqual({ start: [...text.slice(0, at)].length, end: [...text.slice(0, at)].length + 4, exact: 'then' });
    const emoji = text.indexOf('😀');
    expect(textTarget({ start: emoji + 1, end: emoji + 1 }, text, index)).toMatchObject({ start: [...text.slice(0, emoji)].length, end: [...text.slice(0, emoji)].length + 1 });
  });

  it('keeps orphaned annotations and those of another revision out of the text', () => {
    const text = 'Some text here.';
    const { anchored, orphaned } = placeAnnotations(
      [anAnnotation({ id: 'gone', anchorStatus: 'orphaned' }), anAnnotation({ id: 'old', revisionNumber: 2 }), anAnnotation({ id: 'ok', revisionNumber: 3 })],
      3,
      new CodePointIndex(text),
    );
    expect(anchored.map((r) => r.id)).toEqual(['ok']);
    expect(orphaned.map((a) => a.id)).toEqual(['gone', 'old']);
  });
});

describe('layerBlocks', () => {
  const text = 'Alpha beta gamma delta.\n\nEpsilon zeta eta theta.';
  const blocks = splitReadingIntoBlocks(text);

  it('tiles each block exactly, with overlapping highlights stacked outermost first', () => {
    const layers = layerBlocks(blocks, [range('outer', 6, 22), range('inner', 11, 16)]);
    const first = layers[0];
    expect(first.segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text.slice(blocks[0].start, blocks[0].contentEnd));
    expect(first.segments.map((s) => [text.slice(s.start, s.end), s.layers.map((l) => l.id)])).toEqual([
      ['Alpha ', []],
      ['beta ', ['outer']],
      ['gamma', ['outer', 'inner']],
      [' delta', ['outer']],
      ['.', []],
    ]);
    expect(first.segments[1].firstOf).toEqual(['outer']);
    expect(first.segments[2].firstOf).toEqual(['inner']);
    expect(first.segments[2].lastOf).toEqual(['inner']);
    expect(first.segments[3].lastOf).toEqual(['outer']);
  });

  it('draws a highlight crossing blocks in both, opening in the first and closing in the last', () => {
    const layers = layerBlocks(blocks, [range('across', 17, 32)]);
    expect(layers[0].segments.find((s) => s.layers.length)?.firstOf).toEqual(['across']);
    expect(layers[0].segments.find((s) => s.layers.length)?.lastOf).toEqual([]);
    expect(layers[1].segments.find((s) => s.layers.length)?.lastOf).toEqual(['across']);
    const shown = layers.flatMap((l) => l.segments.filter((s) => s.layers.length).map((s) => text.slice(s.start, s.end)));
    expect(shown).toEqual(['delta.', 'Epsilon']);
  });

  it('keeps the layer objects of blocks a new highlight does not touch', () => {
    const before = layerBlocks(blocks, [range('a', 0, 5)]);
    const after = reuseUnchanged(before, layerBlocks(blocks, [range('a', 0, 5), range('b', 30, 34)]));
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
  });

  it('re-renders a block when a highlight in it changes colour', () => {
    const before = layerBlocks(blocks, [range('a', 0, 5)]);
    const after = reuseUnchanged(before, layerBlocks(blocks, [range('a', 0, 5, { color: 'blue' })]));
    expect(after[0]).not.toBe(before[0]);
  });

  it('layers a few hundred highlights over the 56 KB Gilder-sized text quickly', () => {
    const long = 'Security is increasingly undermined by economic, health and environmental threats. '.repeat(700);
    const longBlocks = splitReadingIntoBlocks(long);
    const ranges = Array.from({ length: 400 }, (_, i) => range(`h${i}`, (i * 137) % (long.length - 300), ((i * 137) % (long.length - 300)) + 40 + (i % 200))).sort((a, b) => a.start - b.start);
    const started = performance.now();
    const layers = layerBlocks(longBlocks, ranges);
    const elapsed = performance.now() - started;
    expect(layers.flatMap((l) => l.segments.map((s) => long.slice(s.start, s.end))).join('')).toBe(longBlocks.map((b) => long.slice(b.start, b.contentEnd)).join(''));
    expect(elapsed).toBeLessThan(200);
  });
});

describe('segment signatures', () => {
  it('change only for the runs a new highlight touches, so the other runs of a long paragraph skip rendering', () => {
    const text = 'One long paragraph of words, with a first passage and a second passage and a third.';
    const blocks = splitReadingIntoBlocks(text);
    const before = layerBlocks(blocks, [range('a', 4, 8), range('b', 60, 70)]);
    const after = layerBlocks(blocks, [range('a', 4, 8), range('c', 30, 40), range('b', 60, 70)]);
    const signatures = (layers: typeof before) => new Map(layers[0].segments.map((s) => [s.start, s.signature]));
    const was = signatures(before);
    const now = signatures(after);
    expect(now.get(4)).toBe(was.get(4));
    expect(now.get(60)).toBe(was.get(60));
    expect(now.get(30)).toBeDefined();
    expect(was.get(30)).toBeUndefined();
  });

  it("change when a highlight's reply count changes, which its screen reader name says", () => {
    const text = 'A passage with words.';
    const blocks = splitReadingIntoBlocks(text);
    const one = layerBlocks(blocks, [range('a', 2, 9, { replies: 1, author: 'Ama' })]);
    const two = layerBlocks(blocks, [range('a', 2, 9, { replies: 2, author: 'Ama' })]);
    expect(one[0].segments[1].signature).not.toBe(two[0].segments[1].signature);
  });
});

describe('layerBlocks on many overlapping highlights', () => {
  it('gives every run exactly the highlights covering it, outermost first', () => {
    const text = 'word '.repeat(400).trim();
    const blocks = splitReadingIntoBlocks(text);
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const ranges = Array.from({ length: 300 }, (_, i) => {
      const start = random(text.length - 1);
      return range(`r${i}`, start, Math.min(text.length, start + 1 + random(60)));
    }).sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1));
    const segments = layerBlocks(blocks, ranges).flatMap((l) => l.segments);
    for (const segment of segments) {
      const expected = ranges.filter((r) => r.start <= segment.start && r.end >= segment.end).map((r) => r.id);
      expect(segment.layers.map((l) => l.id)).toEqual(expected);
    }
    expect(segments.length).toBeGreaterThan(300);
  });
});
