/**
 * Positions in the reading room's text: its blocks carry `data-offset` (the text offset they start
 * at), so the reader's position is the first block below the top bar, and an offset is shown by
 * scrolling its block into view. Offsets here are the reading text's; code points and UTF-16
 * offsets agree for the texts this runs on (a surrogate pair before the block shifts it by one).
 */
export function readingRoot(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-reading-text]');
}

function blocks(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-offset]'));
}

/** The block an offset falls in (the last one starting at or before it). */
export function blockAt(root: HTMLElement, offset: number): HTMLElement | null {
  let found: HTMLElement | null = null;
  for (const block of blocks(root)) {
    if (Number(block.dataset['offset']) <= offset) found = block;
    else break;
  }
  return found;
}

/** The offset of the first block whose bottom is below the top bar: where this reader is. */
export function topOffset(root: HTMLElement): number {
  const bar = Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--bar-height')) * 16 || 56;
  for (const block of blocks(root)) {
    if (block.getBoundingClientRect().bottom > bar + 8) return Number(block.dataset['offset']);
  }
  return 0;
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Marks the blocks of [start, end) as spotlit (and unmarks the rest); answers the first. */
export function markSpotlight(root: HTMLElement, start: number | null, end: number | null): HTMLElement | null {
  let first: HTMLElement | null = null;
  const all = blocks(root);
  all.forEach((block, i) => {
    const from = Number(block.dataset['offset']);
    const to = i + 1 < all.length ? Number(all[i + 1].dataset['offset']) : Infinity;
    const lit = start !== null && end !== null && from < end && to > start;
    if (lit) {
      block.setAttribute('data-spotlit', '');
      first ??= block;
    } else block.removeAttribute('data-spotlit');
  });
  return first;
}
