import type { BlockKind, TextBlock, TextPage } from '../readings/reading-structure';

export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

/** A piece of a block's text and the page it came from (pages only for paginated documents). */
export interface Segment {
  text: string;
  page?: number;
}

/**
 * Builds a reading's text block by block, separated by blank lines, and records every block's and
 * page's range in code points as it goes (the text itself is never re-scanned).
 */
export class TextAssembler {
  private readonly parts: string[] = [];
  private length = 0;
  readonly blocks: TextBlock[] = [];
  private readonly pageStarts = new Map<number, number>();

  add(kind: BlockKind, segments: Segment[] | string, level?: number): void {
    const pieces = (typeof segments === 'string' ? [{ text: segments }] : segments)
      .map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ') }))
      .filter((s) => s.text.trim() !== '');
    if (pieces.length === 0) return;
    pieces[0].text = pieces[0].text.trimStart();
    pieces[pieces.length - 1].text = pieces[pieces.length - 1].text.trimEnd();
    if (this.length > 0) this.push('\n\n');
    const start = this.length;
    for (const piece of pieces) {
      if (piece.page !== undefined && !this.pageStarts.has(piece.page)) this.pageStarts.set(piece.page, this.length);
      this.push(piece.text);
    }
    this.blocks.push(
      level === undefined ? { kind, start, end: this.length } : { kind, start, end: this.length, level },
    );
  }

  get text(): string {
    return this.parts.join('');
  }

  /** Contiguous page ranges: each page runs from its first character to the next page's first. */
  pages(labels: string[], ocrPages: ReadonlySet<number> = new Set()): TextPage[] {
    const starts = [...this.pageStarts.entries()].sort((a, b) => a[0] - b[0]);
    return starts.map(([number, start], i) => ({
      number,
      label: labels[number - 1] || String(number),
      start: i === 0 ? 0 : start,
      end: i + 1 < starts.length ? starts[i + 1][1] : this.length,
      ocr: ocrPages.has(number),
    }));
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += codePointLength(text);
  }
}
