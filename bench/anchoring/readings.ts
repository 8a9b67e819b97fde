import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A demo reading, split into code points (W3C §4.2.5 positions index this array). */
export interface Reading {
  readonly name: string;
  readonly codePoints: readonly string[];
}

const READINGS_DIR = join(__dirname, '../../data/readings');

export function loadReadings(): Reading[] {
  return readdirSync(READINGS_DIR)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.txt$/, ''),
      codePoints: Array.from(readFileSync(join(READINGS_DIR, file), 'utf8')),
    }));
}

/**
 * Offsets (code points) where sentences start: 0, then just after the space
 * that follows `.`, `!` or `?` (possibly behind closing quotes or brackets),
 * and just after each line break. Abbreviations split sentences too; that
 * only makes some highlights shorter.
 */
export function sentenceStarts(codePoints: readonly string[]): number[] {
  const starts = [0];
  for (let i = 1; i < codePoints.length - 1; i += 1) {
    if (codePoints[i] === '\n') {
      if (codePoints[i + 1] !== '\n') starts.push(i + 1);
      continue;
    }
    if (codePoints[i] !== ' ') continue;
    let j = i - 1;
    while (j > 0 && /["'”’)\]]/.test(codePoints[j])) j -= 1;
    if (/[.!?]/.test(codePoints[j])) starts.push(i + 1);
  }
  return starts;
}
