/**
 * The structure of a revision's text, as ranges over it in code points (what anchoring counts,
 * docs/documents.md): blocks for display, pages for citing. A text pasted as plain text or
 * Markdown has none and is split for display by the web client.
 */
export type BlockKind = 'HEADING' | 'PARAGRAPH' | 'LIST_ITEM' | 'QUOTE' | 'FOOTNOTE';

export interface TextBlock {
  kind: BlockKind;
  start: number;
  end: number;
  /** Heading level (1–6); list nesting depth from 1. */
  level?: number;
}

export interface TextPage {
  /** The page's position in the document, from 1. */
  number: number;
  /** The printed page label (PDF page labels), else the number. */
  label: string;
  start: number;
  end: number;
  /** True when the page had no text layer and was read by OCR. */
  ocr: boolean;
}

export interface TextStructure {
  blocks: TextBlock[];
  pages: TextPage[];
}

export const NO_STRUCTURE: TextStructure = { blocks: [], pages: [] };

/**
 * The page a passage starting at `offset` (code points) is on: pages are contiguous and in order,
 * so the last page starting at or before it (binary search: a 300-page PDF, thousands of
 * annotations). Null for a text without pages.
 */
export function pageAt(pages: readonly TextPage[], offset: number): TextPage | null {
  let low = 0;
  let high = pages.length - 1;
  let found: TextPage | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (pages[middle].start <= offset) {
      found = pages[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found ?? pages[0] ?? null;
}
