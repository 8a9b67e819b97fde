import { ConvertedDocument, DocumentKind } from './converted-document';
import { convertDocx } from './docx-converter';
import { convertWebPage } from './html-converter';
import { convertMarkdown, convertPlainText } from './markdown-converter';
import { convertPdf } from './pdf-converter';
import { decodeText } from './sniff-document';

/** Converts a stored original of a known kind into a reading's text and structure. */
export function convertDocument(
  kind: DocumentKind,
  bytes: Buffer,
  filename: string,
  progress?: (fraction: number) => Promise<void>,
): Promise<ConvertedDocument> {
  switch (kind) {
    case 'PDF':
      return convertPdf(bytes, filename, progress);
    case 'DOCX':
      return convertDocx(bytes, filename);
    case 'HTML':
      return convertWebPage(decodeText(bytes), filename);
    case 'MARKDOWN':
      return Promise.resolve(convertMarkdown(decodeText(bytes), filename));
    case 'TEXT':
      return Promise.resolve(convertPlainText(decodeText(bytes), filename));
  }
}
