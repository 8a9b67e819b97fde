import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Worker } from 'tesseract.js';
import type { PdfLine } from './pdf-layout';

/** The page's long side is rendered at about this many pixels (≈300 dpi for an A4 or letter page). */
const LONG_SIDE_PX = 3000;
const MAX_SCALE = 300 / 72;

interface PdfPage {
  getViewport(options: { scale: number }): { width: number; height: number };
  render(options: { canvasContext: unknown; viewport: unknown; canvas: unknown }): { promise: Promise<void> };
  cleanup(): void;
}

interface PdfDocumentLike {
  getPage(number: number): Promise<unknown>;
  canvasFactory: {
    create(width: number, height: number): { canvas: { toBuffer(type: 'image/png'): Buffer }; context: unknown };
  };
}

interface OcrLine {
  text: string;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

/** The English language data shipped by `@tesseract.js-data/eng` (nothing is downloaded at run time). */
function languageDir(): string {
  const resolve = createRequire(join(process.cwd(), 'package.json')).resolve;
  return join(dirname(resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

/**
 * Reads pages without a text layer (scans) with tesseract.js: pdf.js renders the page (through
 * @napi-rs/canvas, its canvas in Node) and Tesseract recognises its lines, which are laid out like
 * a text layer's. One Tesseract worker per conversion, started at the first scanned page.
 */
export class PageRecogniser {
  private worker: Promise<Worker> | null = null;

  /** The page's recognised lines, top to bottom, in PDF coordinates. */
  async lines(doc: PdfDocumentLike, number: number): Promise<PdfLine[]> {
    const page = (await doc.getPage(number)) as PdfPage;
    const { width, height } = page.getViewport({ scale: 1 });
    const scale = Math.min(MAX_SCALE, LONG_SIDE_PX / Math.max(width, height));
    const viewport = page.getViewport({ scale });
    const { canvas, context } = doc.canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvasContext: context, viewport, canvas }).promise;
    const image = canvas.toBuffer('image/png');
    page.cleanup();
    const worker = await this.start();
    const { data } = await worker.recognize(image, {}, { blocks: true });
    const found: OcrLine[] = [];
    for (const block of data.blocks ?? [])
      for (const paragraph of block.paragraphs) for (const line of paragraph.lines) found.push(line);
    const lines = found.filter((l) => l.text.trim() !== '');
    // One size for the page: a recognised line's box varies with its ascenders and descenders, which
    // would read as headings and footnotes; the layout still finds paragraphs from the gaps.
    const heights = lines.map((l) => l.bbox.y1 - l.bbox.y0).sort((a, b) => a - b);
    const size = (heights[Math.floor(heights.length / 2)] ?? 0) / scale;
    return lines.map((l) => ({
      text: l.text.replace(/\s+/g, ' ').trim(),
      x: l.bbox.x0 / scale,
      y: height - l.bbox.y1 / scale,
      size,
    }));
  }

  async close(): Promise<void> {
    if (this.worker) await (await this.worker).terminate();
    this.worker = null;
  }

  private start(): Promise<Worker> {
    this.worker ??= import('tesseract.js').then(({ createWorker }) =>
      createWorker('eng', 1, { langPath: languageDir(), gzip: true, cacheMethod: 'none' }),
    );
    return this.worker;
  }
}
