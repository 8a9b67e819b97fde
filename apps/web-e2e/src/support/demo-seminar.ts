import type { Locator, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DATA_DIR } from './workspace';

/** The demo seminar the app seeds on a fresh database, read from the same files it seeds from. */
export interface DemoSeminar {
  seminar: { name: string };
  readings: Array<{ file: string; title: string; author: string }>;
  debates: Array<{ motion: string; sides: [string, string] }>;
}

export const DEMO_PASSWORD = 'read-together';
export const DEMO_MEMBER = { email: 'ama@glossa.demo', displayName: 'Ama Mensah' };

export function loadDemoSeminar(): DemoSeminar {
  return JSON.parse(readFileSync(join(DEMO_DATA_DIR, 'demo-seminar.json'), 'utf8')) as DemoSeminar;
}

export function demoReadingText(file: string): string {
  return readFileSync(join(DEMO_DATA_DIR, 'readings', file), 'utf8');
}

/**
 * The demo seminar's card on "Your seminars". The list is newest activity first, ten at a time, and
 * other browser tests put the demo accounts into seminars of their own, so the card may be further
 * down: "Show more seminars" is pressed until it is there, as a person would.
 */
export async function demoSeminarCard(page: Page, name = loadDemoSeminar().seminar.name): Promise<Locator> {
  await page.getByRole('heading', { level: 1, name: 'Your seminars' }).waitFor();
  const card = page.getByRole('article', { name });
  const more = page.getByRole('button', { name: 'Show more seminars' });
  for (;;) {
    await Promise.race([card.waitFor(), more.waitFor()]);
    if (await card.isVisible()) return card;
    await more.click();
  }
}
