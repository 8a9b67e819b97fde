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
