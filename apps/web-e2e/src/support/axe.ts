import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules: what issue 16 and docs/accessibility.md hold every screen to. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The widths and colour schemes every screen is checked in: a desktop and a phone, light and dark. */
export const VIEWING_MODES = [
  { name: 'desktop, light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'desktop, dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  { name: 'phone, light', viewport: { width: 390, height: 844 }, colorScheme: 'light' },
  { name: 'phone, dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark' },
] as const;

/** One line per violation and element: the rule, where it is, what it asks for and why it failed. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} at ${node.target.join(' ')}: ${violation.help} (${node.failureSummary?.replace(/\s+/g, ' ') ?? ''})`),
  );
}

/**
 * Checks the page as it stands in every viewing mode (the colour scheme emulated on the page, as
 * the context's `colorScheme` option sets it at creation) and returns each mode's violations.
 */
export async function violationsInEveryMode(page: Page, state: string): Promise<string[]> {
  const found: string[] = [];
  for (const mode of VIEWING_MODES) {
    await page.setViewportSize(mode.viewport);
    await page.emulateMedia({ colorScheme: mode.colorScheme });
    // Transitions (cards sliding, colours easing) end before the colours are measured.
    await page.waitForTimeout(400);
    for (const line of await axeViolations(page)) found.push(`[${state} — ${mode.name}] ${line}`);
  }
  await page.setViewportSize(VIEWING_MODES[0].viewport);
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}
