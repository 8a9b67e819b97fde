import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { dirname, join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const FONT = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf');

/** The sentences printed on the scanned page of `makeScannedPdf`, as OCR should read them. */
export const SCANNED_LINES = [
  'The harbour lantern guides the careful reader home.',
  'Every scanned page is read again by the machine.',
];

/** The sentence on the text page of `makeScannedPdf`. */
export const TEXT_PAGE_LINE = 'This first page has a text layer of its own.';

/** A picture of printed lines, as a scanner makes one: black type on white, 200 dpi. */
function scanOf(lines: string[], widthPt: number, heightPt: number): Buffer {
  GlobalFonts.registerFromPath(FONT, 'DejaVu Sans');
  const scale = 200 / 72;
  const canvas = createCanvas(Math.round(widthPt * scale), Math.round(heightPt * scale));
  const g = canvas.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#000';
  g.font = `${Math.round(13 * scale)}px "DejaVu Sans"`;
  lines.forEach((line, i) => g.fillText(line, 40 * scale, (80 + i * 22) * scale));
  return canvas.toBuffer('image/png');
}

/**
 * A PDF of two pages: the first with a text layer (pdf-lib's drawText), the second only an image
 * of printed lines (rendered with @napi-rs/canvas), like a scanned book page.
 */
export async function makeScannedPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Scanned Chapter');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const first = pdf.addPage([420, 300]);
  first.drawText(TEXT_PAGE_LINE, { x: 40, y: 220, size: 12, font });
  const second = pdf.addPage([420, 300]);
  const image = await pdf.embedPng(scanOf(SCANNED_LINES, 420, 300));
  second.drawImage(image, { x: 0, y: 0, width: 420, height: 300 });
  return Buffer.from(await pdf.save());
}
