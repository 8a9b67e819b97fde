import fontkit from '@pdf-lib/fontkit';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

const WORDS = ['river', 'stone', 'window', 'garden', 'lantern', 'harbour', 'meadow', 'orchard', 'bridge', 'tower'];

export interface PdfOptions {
  pages: number;
  /** The printed number of the first page (a PageLabels entry); none when absent. */
  firstLabel?: number;
  /** Varies the words, so a "revised" PDF can differ from the first. */
  revised?: boolean;
}

/** The words of body text on a page of `makeReadingPdf`, in reading order (for checking fidelity). */
export function pageParagraphs(page: number, revised = false): string[] {
  const w = WORDS[page % WORDS.length];
  const v = WORDS[(page + 3) % WORDS.length];
  return [
    `On page ${page} the ${w} speaks of the first annotation and the careful reader who takes notes.`,
    `Then the ${v} opens ${revised ? 'quite ' : ''}a new paragraph and the efficient reader follows it.`,
  ];
}

/**
 * A PDF laid out as a journal prints one: a running header and a page number on every page,
 * words hyphenated at line ends, "fi"/"ffi" ligature glyphs, a footnote in smaller type, page
 * labels starting at `firstLabel`. Made with pdf-lib and DejaVu Sans (embedded, from npm).
 */
export async function makeReadingPdf(options: PdfOptions): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const fontPath = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf');
  const font = await pdf.embedFont(await readFile(fontPath), { subset: false, features: { liga: false } });
  pdf.setTitle('Reading Slowly');
  pdf.setAuthor('Ada Example');
  for (let p = 1; p <= options.pages; p++) {
    const page = pdf.addPage([420, 600]);
    page.drawText('Journal of Close Reading · Vol. 3', { x: 40, y: 570, size: 8, font });
    let y = 530;
    if (p === 1) {
      page.drawText('Reading Slowly', { x: 40, y, size: 18, font });
      y -= 34;
    }
    const [first, second] = pageParagraphs(p, options.revised);
    const lines = [
      ...breakLines(first.replace(' first ', ' \uFB01rst ').replace('annotation', 'anno-\ntation'), false),
      ...breakLines(second.replace('efficient', 'e\uFB03cient'), true),
    ];
    for (const line of lines) {
      if (line === '') {
        y -= 8;
        continue;
      }
      const indent = line.startsWith('\t');
      page.drawText(line.trim(), { x: indent ? 56 : 40, y, size: 11, font });
      y -= 15;
    }
    page.drawText(`${p === 1 ? '1' : '2'} A note about the ${WORDS[(p + 5) % WORDS.length]}.`, {
      x: 40,
      y: 70,
      size: 7,
      font,
    });
    page.drawText(String((options.firstLabel ?? 1) + p - 1), { x: 205, y: 30, size: 8, font });
  }
  if (options.firstLabel !== undefined) {
    pdf.catalog.set(PDFName.of('PageLabels'), pdf.context.obj({ Nums: [0, { S: 'D', St: options.firstLabel }] }));
  }
  return Buffer.from(await pdf.save());
}

/** A sentence set as lines of about 45 characters; `\n` in it forces a break (hyphenation). */
function breakLines(sentence: string, indentFirst: boolean): string[] {
  const lines: string[] = [];
  for (const forced of sentence.split('\n')) {
    let line = '';
    for (const word of forced.split(' ')) {
      if (line && (line + ' ' + word).length > 45) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  if (indentFirst) lines[0] = '\t' + lines[0];
  return ['', ...lines];
}

/** A Word document with a heading, paragraphs, a list, a quote and a footnote (the docx package). */
export async function makeReadingDocx(): Promise<Buffer> {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('Aristotle, Poetics, 1450b.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'On Tragedy', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [new TextRun('A tragedy has a beginning, a middle and an end.'), new FootnoteReferenceRun(1)],
          }),
          new Paragraph({ text: 'Pity', bullet: { level: 0 } }),
          new Paragraph({ text: 'Fear', bullet: { level: 0 } }),
          new Paragraph({ text: 'The plot is the soul of tragedy.', style: 'Quote' }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
