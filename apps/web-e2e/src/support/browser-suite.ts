import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { ARTIFACTS_DIR } from './workspace';

export interface BrowserSuite {
  /** Where the app under test answers, e.g. http://127.0.0.1:41234. */
  baseUrl: string;
  /** A page in a fresh browser context: no cookies, so nobody is signed in. */
  newPage: () => Promise<Page>;
  /** Saves a PNG of the page into test-artifacts/web-e2e/ and returns its path. */
  screenshot: (page: Page, name: string, options?: { fullPage?: boolean }) => Promise<string>;
  /** Uncaught errors thrown in any page of this suite so far. */
  pageErrors: Error[];
}

/**
 * `describe` for browser tests: one Chromium per file, a fresh context per page, and a loud skip
 * (never a silent pass) when global-setup found no browser outside CI.
 */
export function describeInBrowser(name: string, body: (suite: BrowserSuite) => void): void {
  const skipReason = process.env['GLOSSA_E2E_SKIP_REASON'];
  if (skipReason) {
    describe.skip(`${name} (skipped: ${skipReason})`, () => body(unavailableSuite()));
    return;
  }

  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const suite: BrowserSuite = {
    baseUrl: requiredBaseUrl(),
    pageErrors: [],
    async newPage() {
      if (!browser) throw new Error('The browser is not running');
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: suite.baseUrl, colorScheme: colorScheme() });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => suite.pageErrors.push(error));
      return page;
    },
    async screenshot(page, shotName, options = {}) {
      await mkdir(ARTIFACTS_DIR, { recursive: true });
      const path = join(ARTIFACTS_DIR, `${shotName}.png`);
      await page.screenshot({ path, fullPage: options.fullPage ?? false });
      return path;
    },
  };

  describe(name, () => {
    beforeAll(async () => {
      browser = await launchChromium();
    });

    afterEach(async () => {
      await Promise.all(contexts.splice(0).map((context) => context.close()));
    });

    afterAll(async () => {
      await browser?.close();
    });

    body(suite);
  });
}

/** GLOSSA_E2E_COLOR_SCHEME=dark runs any browser test with the system asking for the dark theme (docs/accessibility.md). */
function colorScheme(): 'light' | 'dark' {
  return process.env['GLOSSA_E2E_COLOR_SCHEME'] === 'dark' ? 'dark' : 'light';
}

/** This worker's app: global-setup started one per Jest worker (JEST_WORKER_ID counts from 1). */
function requiredBaseUrl(): string {
  const baseUrls = (process.env['GLOSSA_E2E_BASE_URLS'] ?? '').split(' ').filter(Boolean);
  if (!baseUrls.length) throw new Error('GLOSSA_E2E_BASE_URLS is not set: run the browser tests with apps/web-e2e/jest.config.js (its global-setup starts the app).');
  const worker = Number(process.env['JEST_WORKER_ID'] ?? '1');
  return baseUrls[(worker - 1) % baseUrls.length];
}

function unavailableSuite(): BrowserSuite {
  const unavailable = () => Promise.reject(new Error('No browser in this run'));
  return { baseUrl: '', newPage: unavailable, screenshot: unavailable, pageErrors: [] };
}
