import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BadUserInputError } from '../errors/glossa-error';
import { ConvertedDocument } from './converted-document';
import { importEsm } from './esm-import';
import { layOutPdf, PdfLine, PdfPageLines } from './pdf-layout';
import { PageRecogniser } from './pdf-ocr';
import { TextAssembler } from './text-assembler';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

function loadPdfJs(): Promise<PdfJs> {
  return importEsm<PdfJs>('pdfjs-dist/legacy/build/pdf.mjs');
}

/** The package's standard fonts (PDFs that use the 14 standard fonts without embedding them). */
function standardFontDataUrl(): string {
  const resolve = createRequire(join(process.cwd(), 'package.json')).resolve;
  return join(dirname(resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';
}

/** Opens a PDF, or refuses it as BAD_USER_INPUT (encrypted, damaged, not a PDF). */
export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: standardFontDataUrl(),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException')
      throw new BadUserInputError('The PDF is encrypted with a password; upload an unprotected copy.');
    throw new BadUserInputError(`The PDF could not be read (${(error as Error).message}); it may be damaged.`);
  }
}

/** Reads a page's text layer into lines, top to bottom. */
async function pageLines(doc: PdfDocument, number: number): Promise<PdfLine[]> {
  const page = await doc.getPage(number);
  const content = await page.getTextContent();
  const lines: Array<PdfLine & { end: number }> = [];
  for (const raw of content.items) {
    const item = raw as TextItem;
    if (typeof item.str !== 'string' || item.str === '') continue;
    const [, , , d, x, y] = item.transform;
    const size = Math.abs(item.height || d);
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - y) <= Math.max(size, line.size) * 0.5) {
      const spaced = x - line.end > size * 0.15 && !line.text.endsWith(' ') && !item.str.startsWith(' ');
      line.text += (spaced ? ' ' : '') + item.str;
      line.end = x + item.width;
      line.size = Math.max(line.size, size);
      line.x = Math.min(line.x, x);
    } else {
      lines.push({ text: item.str, x, y, size, end: x + item.width });
    }
  }
  page.cleanup();
  return lines.filter((l) => l.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
}

/**
 * A PDF's text, blocks and pages (labels where it has them); a page without a text layer is
 * recognised by OCR and marked `ocr`. `progress` hears every tenth page done, and every scanned one.
 */
export async function convertPdf(
  bytes: Uint8Array,
  filename: string,
  progress: (fraction: number) => Promise<void> = async () => undefined,
): Promise<ConvertedDocument> {
  const doc = await openPdf(bytes);
  const ocr = new PageRecogniser();
  try {
    const pages: PdfPageLines[] = [];
    const ocrPages = new Set<number>();
    for (let number = 1; number <= doc.numPages; number++) {
      let lines = await pageLines(doc, number);
      if (lines.length === 0) {
        lines = await ocr.lines(doc as unknown as Parameters<PageRecogniser['lines']>[0], number);
        if (lines.length > 0) ocrPages.add(number);
      }
      pages.push({ number, lines });
      if (number % 10 === 0 || number === doc.numPages || ocrPages.has(number)) await progress(number / doc.numPages);
    }
    if (pages.every((page) => page.lines.length === 0))
      throw new BadUserInputError('No text could be found in the PDF, not even by OCR; is it blank, or a picture?');
    const assembler = new TextAssembler();
    layOutPdf(pages, assembler);
    const labels = ((await doc.getPageLabels()) ?? []) as string[];
    const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown> };
    const firstHeading = assembler.blocks.find((b) => b.kind === 'HEADING');
    const text = assembler.text;
    return {
      text,
      structure: { blocks: assembler.blocks, pages: assembler.pages(labels, ocrPages) },
      metadata: {
        title:
          stringOf(info?.Title) ||
          (firstHeading ? [...text].slice(firstHeading.start, firstHeading.end).join('') : '') ||
          filename.replace(/\.[^.]+$/, ''),
        author: stringOf(info?.Author),
        source: filename,
      },
    };
  } finally {
    await ocr.close();
    await doc.destroy();
  }
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
