import { isPageNumberLine, joinLines, normaliseGlyphs, runningLineKey } from './text-cleaning';
import { Segment, TextAssembler } from './text-assembler';
import type { BlockKind } from '../readings/reading-structure';

/** One line of a PDF page as laid out: top to bottom, y growing upwards as in PDF space. */
export interface PdfLine {
  text: string;
  x: number;
  y: number;
  size: number;
}

export interface PdfPageLines {
  number: number;
  lines: PdfLine[];
}

/** How many lines at a page's top and bottom may be running headers or footers. */
const EDGE_LINES = 2;

/**
 * Turns the lines of a PDF's pages into blocks (docs/documents.md, "PDF"): running headers,
 * footers and page numbers dropped, footnotes (the smaller lines at a page's foot) kept as notes
 * after the page's text, headings from larger type, lists from their markers, block quotes from a
 * run of indented lines, and paragraphs rebuilt from line gaps and first-line indents — continued
 * across a page break when the page ends mid-sentence.
 */
export function layOutPdf(pages: PdfPageLines[], assembler: TextAssembler): void {
  const cleaned = pages.map((p) => ({
    number: p.number,
    lines: p.lines
      .map((l) => ({ ...l, text: normaliseGlyphs(l.text).replace(/\s+/g, ' ').trim() }))
      .filter((l) => l.text),
  }));
  const running = runningKeys(cleaned);
  const body = bodySize(cleaned);
  const headingSizes = [...new Set(cleaned.flatMap((p) => p.lines.map((l) => round(l.size))))]
    .filter((s) => s >= body * 1.2)
    .sort((a, b) => b - a);
  let open: { kind: BlockKind; segments: Segment[]; last: PdfLine; level?: number } | null = null;
  const flush = () => {
    if (open) assembler.add(open.kind, open.segments, open.level);
    open = null;
  };
  for (const page of cleaned) {
    const lines = withoutRunningLines(page.lines, running);
    const noteStart = footnoteStart(lines, body);
    const text = lines.slice(0, noteStart);
    const notes = lines.slice(noteStart);
    const left = Math.min(...text.map((l) => l.x));
    const gap = lineGap(text);
    text.forEach((line, i) => {
      const indented = line.x > left + body * 0.8;
      const nextIndented = i + 1 < text.length && text[i + 1].x > left + body * 0.8;
      const previous: PdfLine | undefined = text[i - 1];
      const kind: BlockKind = headingSizes.includes(round(line.size))
        ? 'HEADING'
        : /^([•◦▪\-–*]|\d{1,3}[.)])\s/.test(line.text)
          ? 'LIST_ITEM'
          : indented && (nextIndented || open?.kind === 'QUOTE')
            ? 'QUOTE'
            : 'PARAGRAPH';
      const continues =
        open !== null &&
        (i > 0 || !/[.!?:"”»)]$/.test(open.last.text)) &&
        (kind === open.kind || (open.kind === 'LIST_ITEM' && kind === 'PARAGRAPH' && indented)) &&
        kind !== 'LIST_ITEM' &&
        !(kind === 'PARAGRAPH' && indented) &&
        (previous === undefined || previous.y - line.y <= gap * 1.5) &&
        (kind !== 'HEADING' || round(open.last.size) === round(line.size));
      if (continues && open) {
        const segments: Segment[] = open.segments;
        const last = segments[segments.length - 1];
        const joined = joinLines(last.text, line.text);
        if (last.page === page.number || joined.length !== last.text.trimEnd().length + line.text.length + 1) {
          // Same page, or a word rejoined across the page break: one segment on the earlier page.
          last.text = joined;
        } else {
          segments.push({ text: ' ' + line.text, page: page.number });
        }
        open.last = line;
      } else {
        flush();
        const level = kind === 'HEADING' ? headingSizes.indexOf(round(line.size)) + 1 : undefined;
        open = { kind, segments: [{ text: line.text, page: page.number }], last: line, level };
      }
    });
    if (notes.length > 0) {
      flush();
      for (const note of footnotes(notes)) assembler.add('FOOTNOTE', [{ text: note, page: page.number }]);
    }
  }
  flush();
}

function round(size: number): number {
  return Math.round(size * 2) / 2;
}

/** The size most of the text is set in (by characters). */
function bodySize(pages: PdfPageLines[]): number {
  const counts = new Map<number, number>();
  for (const line of pages.flatMap((p) => p.lines))
    counts.set(round(line.size), (counts.get(round(line.size)) ?? 0) + line.text.length);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/** Keys of lines that recur at the top or foot of many pages: running headers and footers. */
function runningKeys(pages: PdfPageLines[]): Set<string> {
  const seen = new Map<string, number>();
  for (const page of pages) {
    const edges = new Set(
      [...page.lines.slice(0, EDGE_LINES), ...page.lines.slice(-EDGE_LINES)].map((l) => runningLineKey(l.text)),
    );
    for (const key of edges) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.3));
  return new Set([...seen.entries()].filter(([, n]) => pages.length >= 3 && n >= needed).map(([k]) => k));
}

function withoutRunningLines(lines: PdfLine[], running: Set<string>): PdfLine[] {
  return lines.filter((line, i) => {
    const atEdge = i < EDGE_LINES || i >= lines.length - EDGE_LINES;
    return !(atEdge && (running.has(runningLineKey(line.text)) || isPageNumberLine(line.text)));
  });
}

/** Index of the first footnote line: the run of smaller lines at the page's foot that starts with a mark. */
function footnoteStart(lines: PdfLine[], body: number): number {
  let start = lines.length;
  while (start > 0 && lines[start - 1].size < body * 0.9) start--;
  while (start < lines.length && !/^(\d{1,3}|[*†‡§])\s*\S/.test(lines[start].text)) start++;
  return start;
}

/** Footnote lines joined into one note per mark. */
function footnotes(lines: PdfLine[]): string[] {
  const notes: string[] = [];
  for (const line of lines) {
    if (/^(\d{1,3}|[*†‡§])\s/.test(line.text) || notes.length === 0) notes.push(line.text);
    else notes[notes.length - 1] = joinLines(notes[notes.length - 1], line.text);
  }
  return notes;
}

/** The usual distance between consecutive lines of a page. */
function lineGap(lines: PdfLine[]): number {
  const gaps = lines
    .slice(1)
    .map((l, i) => lines[i].y - l.y)
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 14;
}
