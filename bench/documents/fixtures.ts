import fontkit from '@pdf-lib/fontkit';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PDFDocument, PDFFont } from 'pdf-lib';

const FONT = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf');
export const RUNNING_HEADER = 'Seminar Readings in Human Security · Vol. 3';
/** The header's words, as OCR may read it (its middle dot and numerals vary): what is counted as left in. */
export const RUNNING_HEADER_WORDS = 'seminar readings in human security';
const PAGE = { width: 420, height: 600, margin: 40, size: 10, leading: 14 };

/** The demo readings' paragraphs, the source text every fixture is set from (real prose, real words). */
export async function sourceParagraphs(): Promise<string[]> {
  const dir = join(__dirname, '../../data/readings');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).sort();
  const paragraphs: string[] = [];
  for (const file of files) {
    for (const block of (await readFile(join(dir, file), 'utf8')).split(/\n\s*\n/)) {
      const text = block.replace(/\s+/g, ' ').trim();
      // Body paragraphs only: headings and metadata lines are not what fidelity is about.
      if (text.split(' ').length >= 25 && !/^#|^key:|^title:/i.test(text)) paragraphs.push(text);
    }
  }
  return paragraphs;
}

/** A page as set: its lines, each a run of words; a line ending in "-" broke a word. */
type SetPage = string[];

/**
 * Sets paragraphs into pages as a journal does: justified-width lines, a first-line indent, long
 * words hyphenated at line ends, until `pages` pages are full. Returns the pages and the words set.
 */
function setPages(paragraphs: string[], pages: number, width: (line: string) => number): { pages: SetPage[]; words: string[] } {
  const linesPerPage = Math.floor((PAGE.height - 2 * PAGE.margin - 40) / PAGE.leading);
  const measure = PAGE.width - 2 * PAGE.margin;
  const out: SetPage[] = [[]];
  const words: string[] = [];
  const full = () => out.length === pages && out[pages - 1].length >= linesPerPage;
  /** Sets a line; false once the last page is full (the line is not set). */
  const push = (line: string): boolean => {
    if (out[out.length - 1].length >= linesPerPage) {
      if (out.length === pages) return false;
      out.push([]);
    }
    out[out.length - 1].push(line);
    return true;
  };
  for (let p = 0; !full(); p++) {
    const paragraph = paragraphs[p % paragraphs.length];
    let line = '    ';
    let lineWords: string[] = [];
    let set = true;
    for (const word of paragraph.split(' ')) {
      const candidate = line.trim() ? `${line} ${word}` : `${line}${word}`;
      if (width(candidate) <= measure) {
        line = candidate;
        lineWords.push(word);
        continue;
      }
      // Hyphenate a long word that does not fit, as typesetters do, else move it down whole.
      const cut = word.length >= 9 && /^[a-z]+$/i.test(word) ? Math.floor(word.length / 2) : 0;
      const broken = cut > 0 && width(`${line} ${word.slice(0, cut)}-`) <= measure;
      if (!(set = push(broken ? `${line} ${word.slice(0, cut)}-` : line))) break;
      words.push(...lineWords);
      line = broken ? word.slice(cut) : word;
      lineWords = [word];
    }
    if (!set || !push(line)) break;
    words.push(...lineWords);
    if (!push('')) break;
  }
  return { pages: out, words };
}

async function documentWithFont(): Promise<{ pdf: PDFDocument; font: PDFFont }> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(await readFile(FONT), { subset: false });
  pdf.setTitle('Seminar Readings');
  pdf.setAuthor('Glossa bench');
  return { pdf, font };
}

/** A text PDF of `pages` pages with a running header and a page number on each: the bytes and the words set in it. */
export async function textPdf(paragraphs: string[], pages: number): Promise<{ bytes: Buffer; words: string[] }> {
  const { pdf, font } = await documentWithFont();
  const set = setPages(paragraphs, pages, (line) => font.widthOfTextAtSize(line, PAGE.size));
  set.pages.forEach((lines, i) => {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    page.drawText(RUNNING_HEADER, { x: PAGE.margin, y: PAGE.height - 30, size: 8, font });
    lines.forEach((line, l) => {
      if (line) page.drawText(line, { x: PAGE.margin, y: PAGE.height - PAGE.margin - 20 - l * PAGE.leading, size: PAGE.size, font });
    });
    page.drawText(String(i + 1), { x: PAGE.width / 2 - 5, y: 25, size: 8, font });
  });
  return { bytes: Buffer.from(await pdf.save()), words: set.words };
}

/** A scanned PDF: each page only a 200 dpi picture of set lines, header and page number included. */
export async function scannedPdf(paragraphs: string[], pages: number): Promise<{ bytes: Buffer; words: string[]; images: Buffer[] }> {
  GlobalFonts.registerFromPath(FONT, 'DejaVu Sans');
  const scale = 200 / 72;
  const canvas = createCanvas(Math.round(PAGE.width * scale), Math.round(PAGE.height * scale));
  const g = canvas.getContext('2d');
  const font = (size: number) => `${Math.round(size * scale)}px "DejaVu Sans"`;
  g.font = font(PAGE.size);
  const set = setPages(paragraphs, pages, (line) => g.measureText(line).width / scale);
  const { pdf } = await documentWithFont();
  const images: Buffer[] = [];
  for (const [i, lines] of set.pages.entries()) {
    g.fillStyle = '#fff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.fillStyle = '#000';
    g.font = font(8);
    g.fillText(RUNNING_HEADER, PAGE.margin * scale, 30 * scale);
    g.font = font(PAGE.size);
    lines.forEach((line, l) => g.fillText(line, PAGE.margin * scale, (PAGE.margin + 20 + l * PAGE.leading) * scale));
    g.font = font(8);
    g.fillText(String(i + 1), (PAGE.width / 2 - 5) * scale, (PAGE.height - 25) * scale);
    const png = canvas.toBuffer('image/png');
    images.push(png);
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    page.drawImage(await pdf.embedPng(png), { x: 0, y: 0, width: PAGE.width, height: PAGE.height });
  }
  return { bytes: Buffer.from(await pdf.save()), words: set.words, images };
}
