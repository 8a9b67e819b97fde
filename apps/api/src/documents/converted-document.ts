import type { TextStructure } from '../readings/reading-structure';

/** What a converter makes of a document: the reading's text, its structure and what it says of itself. */
export interface ConvertedDocument {
  text: string;
  structure: TextStructure;
  metadata: { title: string; author: string; source: string };
}

export type DocumentKind = 'PDF' | 'DOCX' | 'HTML' | 'MARKDOWN' | 'TEXT';

export const MEDIA_TYPES: Record<DocumentKind, string> = {
  PDF: 'application/pdf',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  HTML: 'text/html',
  MARKDOWN: 'text/markdown',
  TEXT: 'text/plain',
};
