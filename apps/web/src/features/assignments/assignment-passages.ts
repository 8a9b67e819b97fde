/**
 * The passages a leader picks from when setting an assignment on part of a reading (docs/assignments.md):
 * the reading's blocks for documents (headings, paragraphs, list items…), else its paragraphs as the
 * plain text breaks them (at line breaks). Offsets are code points, as every position in Glossa counts.
 */
export interface Passage {
  start: number;
  end: number;
  /** The passage's opening words, to pick it by. */
  opening: string;
}

const OPENING_CHARS = 60;

export function readingPassages(text: string, blocks: ReadonlyArray<{ start: number; end: number }> = []): Passage[] {
  const points = Array.from(text);
  const spans = blocks.length > 0 ? blocks.map((b) => ({ start: b.start, end: b.end })) : lineSpans(points);
  return spans
    .map(({ start, end }) => ({ start, end, opening: opening(points.slice(start, end).join('')) }))
    .filter((p) => p.opening.length > 0);
}

function lineSpans(points: string[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i <= points.length; i++) {
    if (i === points.length || points[i] === '\n') {
      if (i > start) spans.push({ start, end: i });
      start = i + 1;
    }
  }
  return spans;
}

function opening(passage: string): string {
  const words = passage.replace(/\s+/g, ' ').trim();
  return words.length > OPENING_CHARS ? `${words.slice(0, OPENING_CHARS - 1).trimEnd()}…` : words;
}

/** "Passages 2–3 of 5" for a range over `passages` (null: none of them is covered, e.g. after a revision). */
export function rangeLabel(passages: readonly Passage[], start: number, end: number): string {
  const covered = passages.map((p, i) => ({ p, n: i + 1 })).filter(({ p }) => p.end > start && p.start < end);
  if (covered.length === 0) return 'Part of the reading';
  const first = covered[0];
  const last = covered[covered.length - 1];
  const which = first.n === last.n ? `Passage ${first.n}` : `Passages ${first.n}–${last.n}`;
  return `${which} of ${passages.length}, from “${first.p.opening}”`;
}
