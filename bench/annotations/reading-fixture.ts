import { describe, prepareText, type PreparedText } from '@glossa/anchoring';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng } from './rng';

/** The Gilder reading of the demo seminar: 56 KB of one paragraph, the longest and hardest to read. */
export const GILDER_TEXT = readFileSync(
  join(__dirname, '../../data/readings/gilder-2020-kaleidoscopic-world.txt'),
  'utf8',
).replace(/\r\n?/g, '\n');

const TAGS = ['r2p', 'sovereignty', 'human-security', 'unsc', 'veto', 'legitimacy', 'westphalia', 'covid', 'ngo'];
const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'];

export interface Passage {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * Draws passages of the text the way readers select them: from the start of a word to the end of a
 * word, a few words to a couple of sentences long. Positions are code points (W3C §4.2.5).
 */
export class PassageDrawer {
  private readonly prepared: PreparedText;
  private readonly codePoints: string[];

  constructor(text: string) {
    this.prepared = prepareText(text);
    this.codePoints = [...text];
  }

  draw(rng: Rng): Passage {
    const n = this.codePoints.length;
    let start = rng.int(0, n - 200);
    while (start > 0 && this.codePoints[start - 1] !== ' ') start -= 1;
    let end = Math.min(n, start + rng.int(8, 160));
    while (end < n && this.codePoints[end] !== ' ' && this.codePoints[end] !== '.') end += 1;
    const { quote, position } = describe(this.prepared, start, end);
    return { start: position.start, end: position.end, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
  }

  /** A few sentences of the text's own words, with some Markdown, as a member might write. */
  sentence(rng: Rng, words: number): string {
    const start = rng.int(0, this.codePoints.length - 2000);
    const taken = this.codePoints
      .slice(start, start + 2000)
      .join('')
      .split(/\s+/)
      .slice(1, words + 1);
    if (taken.length > 3) taken[2] = `**${taken[2]}**`;
    return `${taken.join(' ')}?`;
  }
}

export function drawTags(rng: Rng): string[] {
  return [...new Set(Array.from({ length: rng.int(0, 3) }, () => rng.pick(TAGS)))];
}

export function drawColor(rng: Rng): string {
  return rng.pick(COLORS);
}
