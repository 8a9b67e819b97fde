import type { Reading } from './readings';
import { sentenceStarts } from './readings';
import type { Rng } from './rng';

/**
 * A random revision of a reading, with the ground truth of where every
 * original character went.
 *
 * The edit model, at rate r (a fraction of the reading's characters):
 * - edits until r × length characters are touched, drawn as: typos (32 %,
 *   1–3 characters replaced), words inserted (22 %, 1–24 characters) or
 *   deleted (22 %, 1–24 characters), typography retyped (10 %: straight ↔
 *   curly quotes, hyphen ↔ dash, space → no-break space or line break; the
 *   character keeps its identity), a phrase of 20–60 characters repeated at
 *   another place (11 %), a whole sentence deleted (3 %);
 * - plus round(r × sentences / 2) moved sentences: a sentence is cut and
 *   pasted at another sentence start.
 */
export interface Revision {
  readonly text: string;
  /** For each new code point: its original index, -1 if inserted, -(2 + i) if it replaced original i. */
  readonly origins: Int32Array;
  /** For each original code point: its new index, or -1 if deleted or replaced. */
  readonly newIndexOf: Int32Array;
  /** For each original code point: the new index of the character that replaced it, or -1. */
  readonly replacedAt: Int32Array;
}

const RETYPE: Record<string, readonly string[]> = {
  "'": ['’'],
  '’': ["'"],
  '‘': ["'"],
  '"': ['“', '”'],
  '“': ['"'],
  '”': ['"'],
  '-': ['–'],
  '–': ['-', '—'],
  ' ': ['\u00a0', '\n'],
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export function revise(reading: Reading, rate: number, rng: Rng): Revision {
  const chars = [...reading.codePoints];
  const origins = chars.map((_, i) => i);
  const vocabulary = reading.codePoints
    .join('')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const insert = (at: number, inserted: string[]): void => {
    chars.splice(at, 0, ...inserted);
    origins.splice(at, 0, ...inserted.map(() => -1));
  };

  const moves = Math.round((rate * (sentenceStarts(chars).length - 1)) / 2);
  for (let n = 0; n < moves; n += 1) {
    const starts = sentenceStarts(chars);
    if (starts.length < 3) break;
    const i = rng.int(0, starts.length - 2);
    const from = starts[i];
    const to = starts[i + 1];
    const cutChars = chars.splice(from, to - from);
    const cutOrigins = origins.splice(from, to - from);
    const remaining = sentenceStarts(chars);
    const at = rng.pick(remaining);
    chars.splice(at, 0, ...cutChars);
    origins.splice(at, 0, ...cutOrigins);
  }

  let budget = Math.round(rate * reading.codePoints.length);
  while (budget > 0 && chars.length > 0) {
    const kind = rng.next();
    if (kind < 0.32) {
      // A typo: 1–3 characters replaced.
      const length = Math.min(budget, rng.int(1, 3), chars.length);
      const at = rng.int(0, chars.length - length);
      for (let j = at; j < at + length; j += 1) {
        chars[j] = LETTERS[rng.int(0, LETTERS.length - 1)];
        origins[j] = origins[j] >= 0 ? -(2 + origins[j]) : origins[j];
      }
      budget -= length;
    } else if (kind < 0.54) {
      // Words inserted: 1–24 characters of the reading's vocabulary.
      const length = Math.min(budget, rng.int(1, 24));
      let words = ' ';
      while (words.length < length + 1) words += `${rng.pick(vocabulary)} `;
      insert(rng.int(0, chars.length), Array.from(words).slice(0, length));
      budget -= length;
    } else if (kind < 0.76) {
      // Words deleted: 1–24 characters.
      const length = Math.min(budget, rng.int(1, 24), chars.length);
      const at = rng.int(0, chars.length - length);
      chars.splice(at, length);
      origins.splice(at, length);
      budget -= length;
    } else if (kind < 0.86) {
      // Typography retyped: the character keeps its identity.
      const from = rng.int(0, chars.length - 1);
      for (let j = from; j < Math.min(chars.length, from + 200); j += 1) {
        const variants = RETYPE[chars[j]];
        if (variants !== undefined) {
          chars[j] = rng.pick(variants);
          break;
        }
      }
      budget -= 1;
    } else if (kind < 0.97) {
      // A phrase repeated: 20–60 characters copied to another word boundary
      // (new characters: the copy is not the passage).
      const length = Math.min(budget, rng.int(20, 60), chars.length);
      const from = rng.int(0, chars.length - length);
      const copy = chars.slice(from, from + length);
      let at = rng.int(0, chars.length);
      while (at < chars.length && chars[at] !== ' ') at += 1;
      insert(at, [' ', ...copy]);
      budget -= length;
    } else {
      // A sentence deleted.
      const starts = sentenceStarts(chars);
      if (starts.length < 3) continue;
      const i = rng.int(0, starts.length - 2);
      const length = starts[i + 1] - starts[i];
      chars.splice(starts[i], length);
      origins.splice(starts[i], length);
      budget -= length;
    }
  }

  const newIndexOf = new Int32Array(reading.codePoints.length).fill(-1);
  const replacedAt = new Int32Array(reading.codePoints.length).fill(-1);
  origins.forEach((origin, j) => {
    if (origin >= 0) newIndexOf[origin] = j;
    else if (origin <= -2) replacedAt[-(origin + 2)] = j;
  });
  return { text: chars.join(''), origins: Int32Array.from(origins), newIndexOf, replacedAt };
}
