/** A passage of the shown text, in UTF-16 offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The passage a DOM range selects in the reading text, or null when it selects none of it.
 *
 * `root` is the `[data-reading-text]` element: its blocks carry `data-offset` and their text nodes
 * hold the text exactly (ReadingText), so a boundary's offset is its block's offset plus the
 * characters before it in that block. A range reaching outside the text is cut to it, and the
 * whitespace at either end is left out, as a double-click's trailing space should be.
 */
export function rangeToTextSpan(root: HTMLElement, text: string, range: Range): TextSpan | null {
  if (!range.intersectsNode(root)) return null;
  let start = boundaryOffset(root, text, range.startContainer, range.startOffset);
  let end = boundaryOffset(root, text, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return end > start ? { start, end } : null;
}

function boundaryOffset(root: HTMLElement, text: string, node: Node, offset: number): number {
  if (!root.contains(node)) {
    return root.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING ? 0 : text.length;
  }
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest<HTMLElement>('[data-offset]');
  const base = block && root.contains(block) ? block : root;
  const before = document.createRange();
  before.setStart(base, 0);
  before.setEnd(node, offset);
  const blockOffset = base === root ? 0 : Number(base.dataset['offset']);
  return Math.min(text.length, blockOffset + before.toString().length);
}
