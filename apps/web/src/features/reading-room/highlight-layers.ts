import type { ReadingBlock } from '../readings/reading-blocks';
import { compareRanges, HighlightRange } from './highlight-ranges';

/**
 * A run of a block's text covered by the same set of highlights. Consecutive segments tile the
 * block's visible content exactly, so rendering them one after another keeps the text unchanged.
 */
export interface Segment {
  start: number;
  end: number;
  /** The highlights covering this run, outermost first (the innermost is drawn on top). */
  layers: HighlightRange[];
  /** Annotations whose first visible run this is (the card aligns with it). */
  firstOf: string[];
  /** Annotations whose last visible run this is. */
  lastOf: string[];
  /**
   * Equal signatures mean an identical rendering of the run (set by layerBlocks): a one-paragraph
   * reading is one block, so its unchanged runs skip rendering on their own.
   */
  signature?: string;
}

export interface BlockLayer {
  block: ReadingBlock;
  segments: Segment[];
  /** Every highlight drawn in this block. */
  ids: ReadonlySet<string>;
  /** Equal signatures mean an identical rendering: an unchanged block keeps its object and skips rendering. */
  signature: string;
}

/**
 * Cuts each block into segments at every highlight boundary. A block is visited only by the
 * highlights that reach it, so the cost follows the number of highlights, not the text's length.
 */
export function layerBlocks(blocks: readonly ReadingBlock[], ranges: readonly HighlightRange[]): BlockLayer[] {
  const perBlock: HighlightRange[][] = blocks.map(() => []);
  for (const range of ranges) {
    for (let i = firstBlockEndingAfter(blocks, range.start); i < blocks.length && blocks[i].start < range.end; i += 1) {
      if (Math.min(range.end, blocks[i].contentEnd) > Math.max(range.start, blocks[i].start)) perBlock[i].push(range);
    }
  }
  const lastBlockOf = new Map<string, number>();
  perBlock.forEach((list, i) => list.forEach((r) => lastBlockOf.set(r.id, i)));
  const seen = new Set<string>();
  return blocks.map((block, i) => {
    const segments = segmentBlock(block, perBlock[i].sort(compareRanges));
    for (const segment of segments) {
      for (const layer of segment.layers) {
        if (!seen.has(layer.id)) {
          seen.add(layer.id);
          segment.firstOf.push(layer.id);
        }
      }
    }
    // The last run of a highlight is the last one in the last block it reaches.
    const ended = new Set<string>();
    for (let s = segments.length - 1; s >= 0; s -= 1) {
      for (const layer of segments[s].layers) {
        if (lastBlockOf.get(layer.id) === i && !ended.has(layer.id)) {
          ended.add(layer.id);
          segments[s].lastOf.push(layer.id);
        }
      }
    }
    return { block, segments, ids: new Set(perBlock[i].map((r) => r.id)), signature: signatureOf(block, segments) };
  });
}

function segmentBlock(block: ReadingBlock, ranges: HighlightRange[]): Segment[] {
  const from = block.start;
  const to = block.contentEnd;
  if (ranges.length === 0) return [{ start: from, end: to, layers: [], firstOf: [], lastOf: [] }];
  const cuts = new Set<number>([from, to]);
  for (const r of ranges) {
    if (r.start > from && r.start < to) cuts.add(r.start);
    if (r.end > from && r.end < to) cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  // One sweep over the cuts (a one-paragraph reading has a thousand highlights and two thousand
  // cuts): the highlights covering a run are those begun at or before it and not yet ended. They
  // join in the ranges' order, so the list stays outermost first.
  let covering: HighlightRange[] = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; p += 1) {
    const start = points[p];
    const end = points[p + 1];
    covering = covering.filter((r) => r.end > start);
    for (; next < ranges.length && ranges[next].start <= start; next += 1) if (ranges[next].end > start) covering.push(ranges[next]);
    const layers = covering.slice();
    const previous = segments[segments.length - 1];
    // Runs with the same highlights merge, so the DOM holds as few elements as the layering needs.
    if (previous && sameLayers(previous.layers, layers)) previous.end = end;
    else segments.push({ start, end, layers, firstOf: [], lastOf: [] });
  }
  return segments;
}

function sameLayers(a: HighlightRange[], b: HighlightRange[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}

function firstBlockEndingAfter(blocks: readonly ReadingBlock[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (blocks[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function signatureOf(block: ReadingBlock, segments: Segment[]): string {
  for (const s of segments) {
    const layers = s.layers.map((l) => `${l.id}/${l.color}/${l.motivation}/${l.deleted ? 1 : 0}/${l.pending ? 1 : 0}/${l.replies ?? 0}/${l.author ?? ''}`).join(',');
    s.signature = `${s.start}-${s.end}:${layers}:${s.firstOf.join(',')}:${s.lastOf.join(',')}`;
  }
  if (segments.length === 1 && segments[0].layers.length === 0) return `${block.start}`;
  return segments.map((s) => s.signature).join('|');
}

/**
 * Keeps the previous BlockLayer object of every block whose rendering did not change, so memoized
 * blocks skip rendering: adding one highlight re-renders the one or two blocks it touches.
 */
export function reuseUnchanged(previous: readonly BlockLayer[], next: BlockLayer[]): BlockLayer[] {
  const byStart = new Map(previous.map((layer) => [layer.block.start, layer]));
  return next.map((layer) => {
    const old = byStart.get(layer.block.start);
    return old && old.signature === layer.signature && old.block.end === layer.block.end ? old : layer;
  });
}
