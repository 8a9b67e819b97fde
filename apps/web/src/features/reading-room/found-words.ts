/** The UTF-16 offset of the `codePoints`-th code point of `text` (API positions count code points). */
export function utf16Offset(text: string, codePoints: number): number {
  let offset = 0;
  for (let seen = 0; seen < codePoints && offset < text.length; seen += 1) {
    const code = text.codePointAt(offset) ?? 0;
    offset += code > 0xffff ? 2 : 1;
  }
  return offset;
}

/** The span, in UTF-16 offsets, of `length` code points starting at code point `at`; null when outside the text. */
export function codePointSpan(text: string, at: number, length: number): { start: number; end: number } | null {
  if (!Number.isInteger(at) || !Number.isInteger(length) || at < 0 || length <= 0) return null;
  const start = utf16Offset(text, at);
  const end = start + utf16Offset(text.slice(start), length);
  return end > start && start < text.length ? { start, end } : null;
}

/**
 * A DOM range over text offsets [start, end) of the reading text root: its blocks carry
 * `data-offset` and their text nodes hold the text exactly (HighlightedText).
 */
export function textRange(root: HTMLElement, start: number, end: number): Range | null {
  const range = document.createRange();
  let startSet = false;
  const blocks = Array.from(root.querySelectorAll<HTMLElement>('[data-offset]'));
  for (const block of blocks) {
    let position = Number(block.dataset['offset']);
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (!startSet && start < position + length && start >= position) {
        range.setStart(node, start - position);
        startSet = true;
      }
      if (startSet && end <= position + length) {
        range.setEnd(node, Math.max(0, end - position));
        return range;
      }
      position += length;
    }
  }
  return null;
}
