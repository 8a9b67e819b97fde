import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser-suite';
import { DEMO_PASSWORD, demoReadingText } from './support/demo-seminar';
import { addReading, ApiSession, registerToApi, signInToApi, startSeminar } from './support/graphql-api';
import { selectPhraseWithoutMouse } from './support/reading-room';
import { signInAs } from './support/sign-in';

const HEINBECKER = demoReadingText('heinbecker-peace-theme-human-security.txt');
const TITLE = 'Peace Theme (shortcuts)';
const PHRASE = 'The components of human security';

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusInToolbar = (page: Page) => page.evaluate(() => Boolean(document.activeElement?.closest('[role="toolbar"]')));

/** Gives the page time to answer a key it should ignore, so "nothing happened" is not read too early. */
const settle = (page: Page) => page.waitForTimeout(400);

describeInBrowser('Keyboard shortcuts can be turned off or changed (WCAG 2.1.4)', (suite) => {
  let owner: ApiSession;
  let ama: ApiSession;
  let readingId: string;

  beforeAll(async () => {
    owner = await registerToApi(suite.baseUrl, 'Shortcut Convenor');
    ama = await signInToApi(suite.baseUrl, 'ama@glossa.demo', DEMO_PASSWORD);
    const seminarId = await startSeminar(owner, `Shortcuts ${Date.now()}`, [ama]);
    readingId = await addReading(owner, seminarId, TITLE, HEINBECKER, 'Paul Heinbecker');
  });

  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  async function openReading(page: Page): Promise<void> {
    await page.goto(`/readings/${readingId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('No annotations yet').waitFor();
  }

  async function saveShortcuts(page: Page, change: (page: Page) => Promise<void>, confirmation: string): Promise<void> {
    await page.goto('/account');
    const section = page.getByRole('region', { name: 'Keyboard shortcuts' });
    await section.waitFor();
    await change(page);
    await section.getByRole('button', { name: 'Save shortcuts' }).click();
    await section.getByText(confirmation).waitFor();
  }

  /** Puts focus back on the page itself, outside any text field. */
  const leaveFields = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  it('turns the shortcuts off in the account settings: "/" and Alt+A then do nothing in the reading room', async () => {
    const page = await suite.newPage();
    await signInAs(page, 'ama@glossa.demo', DEMO_PASSWORD);
    await openReading(page);
    // On by default: "/" moves to the search field, Alt+A to the toolbar.
    await page.keyboard.press('/');
    await expect(focusedId(page)).resolves.toBe('header-search');
    await leaveFields(page);
    await selectPhraseWithoutMouse(page, PHRASE);
    await page.keyboard.press('Alt+A');
    await page.getByRole('toolbar', { name: 'Annotate the selected words' }).waitFor();
    await expect(focusInToolbar(page)).resolves.toBe(true);

    await saveShortcuts(page, (p) => p.getByRole('checkbox', { name: 'Use keyboard shortcuts' }).uncheck(), 'Shortcuts are off on this device.');
    await openReading(page);
    await expect(page.locator('#reading-hint').textContent()).resolves.not.toContain('Alt+A');
    await page.keyboard.press('/');
    await settle(page);
    await expect(focusedId(page)).resolves.not.toBe('header-search');
    await expect(page.getByRole('searchbox', { name: 'Search', exact: true }).inputValue()).resolves.toBe('');
    await selectPhraseWithoutMouse(page, PHRASE);
    await page.keyboard.press('Alt+A');
    await settle(page);
    await expect(focusInToolbar(page)).resolves.toBe(false);
    await expect(page.getByText(/then press Alt\+A/).count()).resolves.toBe(0);
  });

  it('changes the keys: "s" moves to the search field and Alt+K opens the toolbar, while "/" and Alt+A no longer do', async () => {
    const page = await suite.newPage();
    await signInAs(page, 'ama@glossa.demo', DEMO_PASSWORD);
    await saveShortcuts(
      page,
      async (p) => {
        await p.getByLabel('Key that moves to the search field').fill('s');
        await p.getByLabel('Alt and which letter opens the toolbar for the selected words').selectOption('K');
      },
      'Your shortcuts are saved on this device.',
    );
    await openReading(page);
    await expect(page.locator('#reading-hint').textContent()).resolves.toContain('press Alt+K');
    await expect(page.getByRole('searchbox', { name: 'Search (press s)' }).getAttribute('aria-keyshortcuts')).resolves.toBe('s');

    await page.keyboard.press('/');
    await settle(page);
    await expect(focusedId(page)).resolves.not.toBe('header-search');
    await page.keyboard.press('s');
    await expect(focusedId(page)).resolves.toBe('header-search');
    await leaveFields(page);

    await selectPhraseWithoutMouse(page, PHRASE);
    await page.keyboard.press('Alt+A');
    await settle(page);
    await expect(focusInToolbar(page)).resolves.toBe(false);
    await page.keyboard.press('Alt+K');
    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selected words' });
    await toolbar.waitFor();
    await expect(focusInToolbar(page)).resolves.toBe(true);
    await expect(toolbar.getAttribute('aria-keyshortcuts')).resolves.toBe('Alt+K');
  });
});
