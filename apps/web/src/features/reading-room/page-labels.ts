import { toUtf16Offset } from '@glossa/anchoring';

export interface PageStart {
  label: string;
  /** The page's first character, in code points (as the API counts). */
  start: number;
}

/**
 * Where each page of a PDF reading begins, as labels on the blocks drawn: the block holding a
 * page's first character carries "p. <label>" (several when short pages begin in one block). The
 * first page is marked too, so a reader always knows which page the opening words are on.
 */
export function pageLabelsByBlock(
  text: string,
  blocks: ReadonlyArray<{ start: number; end: number }>,
  pages: readonly PageStart[],
): Map<number, string> {
  const labels = new Map<number, string[]>();
  let b = 0;
  for (const page of [...pages].sort((x, y) => x.start - y.start)) {
    const at = toUtf16Offset(text, page.start);
    while (b < blocks.length - 1 && blocks[b].end <= at) b++;
    const block = blocks[b];
    if (!block) break;
    labels.set(block.start, [...(labels.get(block.start) ?? []), `p. ${page.label}`]);
  }
  return new Map([...labels].map(([start, list]) => [start, list.join(' · ')]));
}

/** "Pages 2 and 5 were read by OCR…", or null when no page was. */
export function ocrNote(pages: ReadonlyArray<{ label: string; ocr: boolean }>): string | null {
  const read = pages.filter((p) => p.ocr).map((p) => p.label);
  if (read.length === 0) return null;
  const list = read.length === 1 ? read[0] : `${read.slice(0, -1).join(', ')} and ${read.at(-1)}`;
  return `${read.length === 1 ? 'Page' : 'Pages'} ${list} ${read.length === 1 ? 'was' : 'were'} scanned images: their text was recognised by OCR and may hold mistakes.`;
}
