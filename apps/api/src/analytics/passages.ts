import { BadUserInputError } from '../errors/glossa-error';
import type { TextBlock } from '../readings/reading-structure';

/** At most this many passages in one map (a 2 MB reading cut into ~1,000-character blocks has ~2,000). */
export const MAX_PASSAGES = 20_000;

/** A blank line (possibly holding spaces) and any whitespace after it ends a paragraph. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/gu;

/**
 * Where each passage of a revision starts, in code points, ascending, the first at 0; a passage runs
 * to the next one's start (or the end of the text). Taken, in order of preference, from:
 * - `requested`: the passages the client draws (the web client's reading blocks, converted to code
 *   points), so the map lines up with the text on screen;
 * - the revision's stored blocks (readings from documents, docs/documents.md);
 * - paragraphs, cut at blank lines (a pasted text).
 */
export function passageStarts(
  requested: number[] | null | undefined,
  blocks: TextBlock[],
  text: () => string,
  length: number,
): number[] {
  if (requested) return checkedStarts(requested, length);
  if (blocks.length > 0) return withZero(blocks.map((b) => b.start));
  return paragraphStarts(text());
}

function checkedStarts(starts: number[], length: number): number[] {
  if (starts.length > MAX_PASSAGES) throw new BadUserInputError(`At most ${MAX_PASSAGES} passages.`);
  starts.forEach((start, i) => {
    if (!Number.isInteger(start) || start < 0 || start > length)
      throw new BadUserInputError(`passageStarts must lie within the text (0 to ${length} code points).`);
    if (i > 0 && start <= starts[i - 1]) throw new BadUserInputError('passageStarts must be strictly ascending.');
  });
  return withZero(starts);
}

function withZero(starts: number[]): number[] {
  return starts.length > 0 && starts[0] === 0 ? starts : [0, ...starts.filter((s) => s > 0)];
}

/** The start of each paragraph, in code points (a break at the very start stays with the first). */
export function paragraphStarts(text: string): number[] {
  const starts = [0];
  let codePoints = 0;
  let utf16 = 0;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    const end = match.index + match[0].length;
    if (end >= text.length) break;
    codePoints += [...text.slice(utf16, end)].length;
    utf16 = end;
    if (match.index > 0) starts.push(codePoints);
  }
  return starts;
}
