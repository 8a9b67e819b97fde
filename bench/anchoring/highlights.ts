import type { Reading } from './readings';
import { sentenceStarts } from './readings';
import type { Rng } from './rng';

/** A highlighted passage, code points [start, end) of a reading. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
}

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

/**
 * Draws highlights shaped like real ones: half are 1–3 whole sentences (up to
 * 400 characters), half are word-aligned spans of 20–300 characters,
 * log-uniformly distributed (median about 77).
 */
export function drawHighlights(reading: Reading, count: number, rng: Rng): Highlight[] {
  const text = reading.codePoints;
  const starts = sentenceStarts(text);
  const highlights: Highlight[] = [];
  while (highlights.length < count) {
    if (rng.next() < 0.5 && starts.length > 1) {
      const i = rng.int(0, starts.length - 2);
      const n = rng.int(1, 3);
      const start = starts[i];
      let end = starts[Math.min(starts.length - 1, i + n)] ?? text.length;
      while (end > start && isSpace(text[end - 1])) end -= 1;
      if (end - start >= 20 && end - start <= 400) {
        highlights.push({ start, end });
        continue;
      }
    }
    // Log-uniform: short highlights (a phrase) are more common than long ones.
    const length = Math.round(20 * Math.pow(300 / 20, rng.next()));
    let start = rng.int(0, Math.max(0, text.length - length));
    while (start > 0 && !isSpace(text[start - 1])) start -= 1;
    while (start < text.length && isSpace(text[start])) start += 1;
    let end = Math.min(text.length, start + length);
    while (end < text.length && !isSpace(text[end])) end += 1;
    while (end > start && /[\s,;:]/.test(text[end - 1])) end -= 1;
    if (end > start) highlights.push({ start, end });
  }
  return highlights;
}
