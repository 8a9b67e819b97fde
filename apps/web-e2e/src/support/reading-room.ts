import type { Locator, Page } from 'playwright-core';

/**
 * Page helpers for the reading room. They find words in the rendered text the way a reader sees
 * them, and select them with the real mouse (press, drag, release), so the app's own selection
 * handling runs as it does for people.
 */

interface PhraseBox {
  startX: number;
  startY: number;
  endX: number;
  endY: number;
}

/** Where the `occurrence`-th `phrase` is drawn: the left edge of its first character, the right edge of its last. */
async function phraseBox(page: Page, phrase: string, occurrence: number): Promise<PhraseBox> {
  const box = await page.locator('[data-reading-text]').evaluate(
    (root, [wanted, nth]) => {
      const text = root.textContent ?? '';
      let at = -1;
      for (let i = 0; i <= nth; i += 1) at = text.indexOf(wanted, at + 1);
      if (at < 0) return null;
      const locate = (offset: number) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let remaining = offset;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (remaining < node.data.length) return { node, offset: remaining };
          remaining -= node.data.length;
        }
        return null;
      };
      const rectOf = (offset: number, length: number) => {
        const start = locate(offset);
        const end = locate(offset + length - 1);
        if (!start || !end) return null;
        const range = document.createRange();
        range.setStart(start.node, start.offset);
        range.setEnd(end.node, end.offset + 1);
        const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
        return rects[0] ?? null;
      };
      // Characters are measured one by one: the first's left half and the last's right half.
      const firstChar = rectOf(at, (wanted.codePointAt(0) ?? 0) > 0xffff ? 2 : 1);
      const lastLength = (wanted.codePointAt(wanted.length - 2) ?? 0) > 0xffff ? 2 : 1;
      const lastChar = rectOf(at + wanted.length - lastLength, lastLength);
      if (!firstChar || !lastChar) return null;
      return {
        startX: firstChar.left + 1,
        startY: firstChar.top + firstChar.height / 2,
        endX: lastChar.right - 1,
        endY: lastChar.top + lastChar.height / 2,
      };
    },
    [phrase, occurrence] as const,
  );
  if (!box) throw new Error(`"${phrase}" is not shown in the reading`);
  return box;
}

/** The phrase's box once it has stopped moving (a scroll still running or a late layout would move it under the mouse). */
async function steadyPhraseBox(page: Page, phrase: string, occurrence: number): Promise<PhraseBox> {
  let box = await phraseBox(page, phrase, occurrence);
  for (let i = 0; i < 50; i += 1) {
    await page.waitForTimeout(50);
    const again = await phraseBox(page, phrase, occurrence);
    if (JSON.stringify(again) === JSON.stringify(box)) return box;
    box = again;
  }
  return box;
}

/**
 * Scrolls the phrase into view and selects it by dragging the mouse across it. As a reader would,
 * it looks at what got selected and drags again if the text moved under the mouse meanwhile.
 */
export async function selectPhraseWithMouse(page: Page, phrase: string, occurrence = 0): Promise<void> {
  await page.locator('[data-reading-text]').evaluate(
    (root, [wanted, nth]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.data.includes(wanted) && seen++ === nth) {
          node.parentElement?.scrollIntoView({ block: 'center' });
          return;
        }
      }
      root.querySelector('p')?.scrollIntoView({ block: 'center' });
    },
    [phrase, occurrence] as const,
  );
  let selected = '';
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const box = await steadyPhraseBox(page, phrase, occurrence);
    await page.mouse.move(box.startX, box.startY);
    await page.mouse.down();
    await page.mouse.move((box.startX + box.endX) / 2, (box.startY + box.endY) / 2, { steps: 4 });
    await page.mouse.move(box.endX, box.endY, { steps: 6 });
    await page.mouse.up();
    selected = await page.evaluate(() => (window.getSelection()?.toString() ?? '').replace(/\s+/g, ' ').trim());
    if (selected === phrase.replace(/\s+/g, ' ').trim()) return;
  }
  throw new Error(`Dragging across "${phrase}" selected "${selected}"`);
}

/** Selects the phrase through the DOM Selection API, as keyboard selection (caret browsing) ends up. */
export async function selectPhraseWithoutMouse(page: Page, phrase: string, occurrence = 0): Promise<void> {
  await page.locator('[data-reading-text]').evaluate(
    (root, [wanted, nth]) => {
      const text = root.textContent ?? '';
      let at = -1;
      for (let i = 0; i <= nth; i += 1) at = text.indexOf(wanted, at + 1);
      const locate = (offset: number) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let remaining = offset;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (remaining <= node.data.length) return { node, offset: remaining };
          remaining -= node.data.length;
        }
        throw new Error('offset outside the text');
      };
      const start = locate(at);
      const end = locate(at + wanted.length);
      start.node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    [phrase, occurrence] as const,
  );
}

/** The text of every mark drawing this annotation, joined: the words it is anchored to on screen. */
export async function highlightedText(page: Page, annotationId: string): Promise<string> {
  return page.locator(`mark[data-ids~="${annotationId}"]`).evaluateAll((marks) => marks.map((m) => m.textContent ?? '').join(''));
}

/** The card of the annotation in the sidebar. */
export function annotationCard(page: Page, annotationId: string): Locator {
  return page.locator(`[data-annotation-card="${annotationId}"]`);
}

/** The ids of the annotations drawn in the text, in document order. */
export async function drawnAnnotationIds(page: Page): Promise<string[]> {
  return page.locator('mark[data-first]').evaluateAll((marks) => marks.flatMap((m) => (m.getAttribute('data-first') ?? '').split(' ')).filter((id) => id && !id.startsWith('__')));
}
