/**
 * Splits a reading's text into blocks for display without changing a single character.
 *
 * Annotations will point into the reading by character offsets into its exact text, so the blocks
 * are consecutive substrings: `blocks.map(b => text.slice(b.start, b.end)).join('') === text`.
 * Each block is `[start, contentEnd)` of visible content followed by `[contentEnd, end)` of the
 * whitespace that separated it from the next block (a blank line, or the space after a sentence).
 *
 * Offsets are JavaScript string indices (UTF-16 code units), as the DOM counts; converting to the
 * W3C TextPositionSelector's code points happens at the anchoring edge (docs/design.md, Anchoring).
 *
 * Paragraphs (separated by a blank line) become blocks. A paragraph longer than `maxLength` — such
 * as the Gilder reading, one 56 KB line — is cut at sentence boundaries into blocks of about
 * `targetLength`; a sentence longer than `maxLength` is cut at a space.
 */
export interface ReadingBlock {
  start: number;
  contentEnd: number;
  end: number;
}

export interface BlockSizes {
  targetLength: number;
  maxLength: number;
}

const DEFAULT_SIZES: BlockSizes = { targetLength: 1000, maxLength: 1600 };

/** A blank line (possibly holding spaces) and any whitespace after it ends a paragraph. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/g;

export function splitReadingIntoBlocks(text: string, sizes: BlockSizes = DEFAULT_SIZES): ReadingBlock[] {
  const blocks: ReadingBlock[] = [];
  for (const paragraph of paragraphs(text)) {
    if (paragraph.contentEnd - paragraph.start <= sizes.maxLength) blocks.push(paragraph);
    else blocks.push(...splitLongParagraph(text, paragraph, sizes));
  }
  return blocks;
}

function paragraphs(text: string): ReadingBlock[] {
  const result: ReadingBlock[] = [];
  let start = 0;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    const contentEnd = match.index;
    const end = contentEnd + match[0].length;
    // A break at the very start has no content before it: it stays with the first paragraph.
    if (contentEnd > start) {
      result.push({ start, contentEnd, end });
      start = end;
    }
  }
  if (start < text.length || result.length === 0) {
    result.push({ start, contentEnd: start + trimmedEndLength(text.slice(start)), end: text.length });
  } else if (start === text.length && result.length > 0) {
    result[result.length - 1].end = text.length;
  }
  return result;
}

function splitLongParagraph(text: string, paragraph: ReadingBlock, sizes: BlockSizes): ReadingBlock[] {
  const blocks: ReadingBlock[] = [];
  let blockStart = paragraph.start;
  let previousEnd = paragraph.start;
  const cutAt = (end: number) => {
    blocks.push({ start: blockStart, contentEnd: blockStart + trimmedEndLength(text.slice(blockStart, end)), end });
    blockStart = end;
  };
  for (const pieceEnd of sentencePieces(text, paragraph.start, paragraph.contentEnd, sizes.maxLength)) {
    // Never let a block grow past the maximum: close it before the sentence that would overflow it.
    if (pieceEnd - blockStart > sizes.maxLength && previousEnd > blockStart) cutAt(previousEnd);
    previousEnd = pieceEnd;
    // Close it once it is long enough, unless what would remain of the paragraph is only a scrap.
    if (pieceEnd - blockStart >= sizes.targetLength && paragraph.contentEnd - pieceEnd >= sizes.targetLength / 3)
      cutAt(pieceEnd);
  }
  if (blockStart < paragraph.contentEnd)
    blocks.push({ start: blockStart, contentEnd: paragraph.contentEnd, end: paragraph.end });
  else blocks[blocks.length - 1].end = paragraph.end;
  return blocks;
}

/**
 * The end offsets of the paragraph's sentences (each including its trailing whitespace), found with
 * the browser's own sentence segmentation (Intl.Segmenter), with over-long sentences cut at spaces.
 */
function sentencePieces(text: string, start: number, end: number, maxLength: number): number[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  const ends: number[] = [];
  for (const { index, segment } of segmenter.segment(text.slice(start, end))) {
    const from = start + index;
    const to = from + segment.length;
    if (segment.length <= maxLength) ends.push(to);
    else ends.push(...spacePieces(text, from, to, maxLength));
  }
  return ends;
}

function spacePieces(text: string, start: number, end: number, maxLength: number): number[] {
  const ends: number[] = [];
  let from = start;
  while (end - from > maxLength) {
    const window = text.slice(from, from + maxLength);
    const space = window.search(/\s\S*$/);
    // No space in a whole block's worth of characters (a long URL, say): cut it where it is.
    const cut = space > 0 ? from + space + 1 : from + maxLength;
    ends.push(cut);
    from = cut;
  }
  ends.push(end);
  return ends;
}

function trimmedEndLength(s: string): number {
  return s.replace(/\s+$/, '').length;
}
