import { BadUserInputError } from '../errors/glossa-error';
import { DocumentKind } from './converted-document';
import { importEsm } from './esm-import';

type FileTypeModule = typeof import('file-type');

/** Markdown's block markers at a line's start: headings, lists, quotes, fences. */
const MARKDOWN_LINES = /^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>\s?|```)/m;

/**
 * What a file is, from its bytes (file-type's signatures; the name is never trusted): PDF, Word
 * (an OOXML package whose main part is word/document.xml — a renamed ZIP is refused), or UTF-8
 * text, then HTML when it starts like HTML, Markdown when its lines carry Markdown's markers.
 */
export async function sniffDocument(bytes: Buffer): Promise<DocumentKind> {
  if (bytes.length === 0) throw new BadUserInputError('The file is empty.');
  const { fileTypeFromBuffer } = await importEsm<FileTypeModule>('file-type');
  const type = await fileTypeFromBuffer(bytes);
  if (type?.mime === 'application/pdf') return 'PDF';
  // file-type names an OOXML package by its parts' names; Word's main part must be there too.
  if (type?.ext === 'docx' && bytes.includes('word/document.xml')) return 'DOCX';
  if (type?.ext === 'docx') throw new BadUserInputError(unsupported('a ZIP archive without a Word document in it'));
  if (type) throw new BadUserInputError(unsupported(type.mime));
  const text = decodeText(bytes);
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (/^(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)/.test(head)) return 'HTML';
  return MARKDOWN_LINES.test(text) ? 'MARKDOWN' : 'TEXT';
}

function unsupported(mime: string): string {
  return `This file is ${mime}; a reading can be made from PDF, Word (.docx), HTML, Markdown or plain text.`;
}

/** The file as UTF-8 text, or BAD_USER_INPUT when it is not text (binary bytes, invalid UTF-8). */
export function decodeText(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BadUserInputError(unsupported('not UTF-8 text'));
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001a]/.test(text.slice(0, 65536)))
    throw new BadUserInputError(unsupported('binary data'));
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
