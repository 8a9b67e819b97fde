/**
 * Documents benchmark (issue 12): a 300-page text PDF and a 20-page scanned PDF, both set from the
 * demo readings' prose with a running header and page numbers on every page. For each: the time to a
 * readable reading (Glossa's conversion, what the upload job runs) and its peak memory, against a
 * baseline measured in the same run — pdf.js's raw text for the text PDF, Tesseract reading the page
 * pictures directly for the scanned one — and fidelity against the known source: the share of its
 * words recovered in order, and the running headers left in the text.
 *
 *   npm run bench:documents            (BENCH_TEXT_PAGES=300, BENCH_SCANNED_PAGES=20 to change)
 */
import { convertPdf } from '../../apps/api/src/documents/pdf-converter';
import { importEsm } from '../../apps/api/src/documents/esm-import';
import { RUNNING_HEADER_WORDS, scannedPdf, sourceParagraphs, textPdf } from './fixtures';
import { measured, occurrences, wordsOf, wordsRecoveredInOrder } from './measure';

const TEXT_PAGES = Number(process.env.BENCH_TEXT_PAGES ?? 300);
const SCANNED_PAGES = Number(process.env.BENCH_SCANNED_PAGES ?? 20);

interface Row {
  what: string;
  ms: number;
  peakMb: number;
  recovered: number;
  headersLeft: number;
}

/** pdf.js's own text, items joined as they come: what a reader gets from "copy all". */
async function rawPdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await importEsm<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages.join('\n');
}

async function tesseractText(images: Buffer[]): Promise<string> {
  const { createWorker } = await import('tesseract.js');
  const { dirname } = await import('node:path');
  const langPath = dirname(require.resolve('@tesseract.js-data/eng/package.json')) + '/4.0.0_best_int';
  const worker = await createWorker('eng', 1, { langPath, gzip: true, cacheMethod: 'none' });
  try {
    const texts: string[] = [];
    for (const image of images) texts.push((await worker.recognize(image)).data.text);
    return texts.join('\n');
  } finally {
    await worker.terminate();
  }
}

function row(what: string, run: { ms: number; peakMb: number; result: string }, words: string[]): Row {
  return {
    what,
    ms: run.ms,
    peakMb: run.peakMb,
    recovered: wordsRecoveredInOrder(words, wordsOf(run.result)),
    headersLeft: occurrences(wordsOf(run.result).join(' '), RUNNING_HEADER_WORDS),
  };
}

function print(title: string, baseline: Row, glossa: Row, targetRecovered: number): void {
  console.log(`\n${title}`);
  for (const r of [baseline, glossa])
    console.log(
      `  ${r.what.padEnd(34)} ${(r.ms / 1000).toFixed(2).padStart(7)} s  peak +${r.peakMb.toFixed(0).padStart(4)} MB  ` +
        `words in order ${(r.recovered * 100).toFixed(2)} %  running headers left ${r.headersLeft}`,
    );
  console.log(
    `  Glossa / baseline time ${(glossa.ms / baseline.ms).toFixed(2)}×;  fidelity ${(glossa.recovered * 100).toFixed(2)} % ` +
      `(target ≥ ${(targetRecovered * 100).toFixed(1)} %: ${glossa.recovered >= targetRecovered ? 'met' : 'MISSED'}), ` +
      `headers left ${glossa.headersLeft} (target 0: ${glossa.headersLeft === 0 ? 'met' : 'MISSED'})`,
  );
}

async function main(): Promise<void> {
  const paragraphs = await sourceParagraphs();

  // Both paths load pdf.js (and its fonts) once before anything is timed.
  const warmUp = await textPdf(paragraphs, 1);
  await rawPdfText(warmUp.bytes);
  await convertPdf(warmUp.bytes, 'warm-up.pdf');

  const text = await textPdf(paragraphs, TEXT_PAGES);
  console.log(`Text PDF: ${TEXT_PAGES} pages, ${(text.bytes.length / 2 ** 20).toFixed(1)} MB, ${text.words.length.toLocaleString('en')} words set`);
  const rawText = await measured(() => rawPdfText(text.bytes));
  const glossaText = await measured(async () => (await convertPdf(text.bytes, 'readings.pdf')).text);
  print(`${TEXT_PAGES}-page text PDF`, row('baseline: pdf.js raw text', rawText, text.words), row('Glossa: a readable reading', glossaText, text.words), 0.995);

  const scanned = await scannedPdf(paragraphs, SCANNED_PAGES);
  console.log(`\nScanned PDF: ${SCANNED_PAGES} pages of 200 dpi pictures, ${(scanned.bytes.length / 2 ** 20).toFixed(1)} MB, ${scanned.words.length.toLocaleString('en')} words`);
  const rawScan = await measured(() => tesseractText(scanned.images));
  const glossaScan = await measured(async () => (await convertPdf(scanned.bytes, 'scanned.pdf')).text);
  print(`${SCANNED_PAGES}-page scanned PDF`, row('baseline: Tesseract on the pictures', rawScan, scanned.words), row('Glossa: a readable reading (OCR)', glossaScan, scanned.words), 0.97);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
