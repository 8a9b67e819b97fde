import type { BrowserContext, Page } from 'playwright-core';
import type { Probe } from './probes';
import { annotateAs, passageAt, Session } from './stage';

/** One opening of a reading in a fresh page, and what was measured on it. */
export interface Sample {
  /** Navigation start → the last highlight drawn (with none: the text and the empty sidebar drawn). */
  drawnMs: number;
  /** Highlights drawn. */
  highlights: number;
  /** The longest long task while scrolling the whole text (0: none over 50 ms). */
  scrollLongestMs: number;
  /** Mouse button released over the words → the toolbar drawn, each try. */
  toolbarMs: number[];
  /** Another member's annotation: its event at the page's socket → its highlight drawn, each try. */
  liveMs: number[];
  /** JavaScript heap in use after a garbage collection, at the end (MB). */
  heapMb: number;
}

const probe = (page: Page) => page.evaluate('window.__bench') as Promise<Probe>;

/**
 * Polls an expression in the page. (`waitForFunction` compiles its string in the page, which the
 * app's Content Security Policy forbids; the page's own probes take the times, so polling is exact enough.)
 */
async function until(page: Page, expression: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expression}`);
    await page.waitForTimeout(20);
  }
}

/** Waits until no new highlight has been drawn for `quietMs` and the page says it has loaded. */
async function settled(page: Page, quietMs = 1500, timeoutMs = 60_000): Promise<Probe> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let stableSince = Date.now();
  for (;;) {
    const p = await probe(page);
    const seen = Object.values(p.firstSeen);
    const loaded = p.textAt !== null && (p.emptyAt !== null || seen.length > 0) && !seen.includes(-1);
    const key = `${seen.length}/${p.emptyAt}`;
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    } else if (loaded && Date.now() - stableSince >= quietMs) return p;
    if (Date.now() > deadline) throw new Error(`The reading did not finish drawing (${key})`);
    await page.waitForTimeout(100);
  }
}

async function selectWords(page: Page, offset: number): Promise<number> {
  const box = (await page.evaluate(`window.__benchTools.wordsBox(${offset}, 5)`)) as { startX: number; startY: number; endX: number; endY: number };
  await page.waitForTimeout(300);
  await page.mouse.move(box.startX, box.startY);
  await page.mouse.down();
  await page.mouse.move((box.startX + box.endX) / 2, (box.startY + box.endY) / 2, { steps: 3 });
  await page.mouse.move(box.endX, box.endY, { steps: 3 });
  await page.mouse.up();
  await until(page, 'window.__bench.toolbarAt !== null');
  const p = await probe(page);
  await page.evaluate('window.getSelection().removeAllRanges()');
  await page.getByRole('toolbar').waitFor({ state: 'detached' });
  return (p.toolbarAt ?? 0) - (p.mouseUpAt ?? 0);
}

async function liveAnnotation(page: Page, other: Session, readingId: string, text: string, offset: number): Promise<{ ms: number; id: string }> {
  const id = await annotateAs(other, readingId, passageAt(text, offset, 4));
  await until(page, `(window.__bench.firstSeen[${JSON.stringify(id)}] ?? -1) > 0`);
  const p = await probe(page);
  const frame = p.liveFrames.find((f) => f.data.includes(id));
  if (!frame) throw new Error(`No annotation.created event for ${id} reached the page`);
  return { ms: p.firstSeen[id] - frame.at, id };
}

/**
 * Opens the reading in a new page of `context` (signed in as the viewer) and measures: the opening,
 * a scroll through the whole text, three selections, three live annotations from another member
 * (deleted again afterwards, so every sample opens the same data), and the heap.
 */
export async function sampleReading(context: BrowserContext, baseUrl: string, readingId: string, text: string, other: Session): Promise<Sample> {
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/readings/${readingId}`);
    const loaded = await settled(page);
    const highlights = Object.keys(loaded.firstSeen).filter((id) => !id.startsWith('__'));
    const drawnMs = Math.max(loaded.textAt ?? 0, loaded.emptyAt ?? 0, ...highlights.map((id) => loaded.firstSeen[id]));

    const scroll = (await page.evaluate('window.__benchTools.scrollThrough()')) as { longest: number };

    const toolbarMs: number[] = [];
    for (const share of [0.2, 0.5, 0.8]) toolbarMs.push(await selectWords(page, Math.floor(text.length * share)));

    const liveMs: number[] = [];
    const posted: string[] = [];
    for (const share of [0.3, 0.6, 0.9]) {
      const live = await liveAnnotation(page, other, readingId, text, Math.floor(text.length * share));
      liveMs.push(live.ms);
      posted.push(live.id);
    }

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.detach();
    for (const id of posted) {
      await other.request('mutation D($input: AnnotationRefInput!) { deleteAnnotation(input: $input) { id } }', { input: { annotationId: id } });
    }
    return { drawnMs, highlights: highlights.length, scrollLongestMs: scroll.longest, toolbarMs, liveMs, heapMb: heap.usedSize / 1024 / 1024 };
  } finally {
    await page.close();
  }
}
