import type { Locator, Page } from 'playwright-core';
import { describeInBrowser } from './support/browser-suite';
import { DEMO_PASSWORD, demoReadingText } from './support/demo-seminar';
import { addReading, ApiSession, registerToApi, signInToApi, startSeminar } from './support/graphql-api';
import { highlightedText } from './support/reading-room';
import { signInAs } from './support/sign-in';

const HEINBECKER = demoReadingText('heinbecker-peace-theme-human-security.txt');
const TITLE = 'Peace Theme (keyboard only)';

/** Presses Tab until `control` has focus: how a keyboard user reaches it. */
async function tabTo(page: Page, control: Locator, most = 40): Promise<void> {
  for (let i = 0; i < most; i += 1) {
    await page.keyboard.press('Tab');
    if (await control.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${control} was not reached with ${most} presses of Tab`);
}

const selectedText = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

describeInBrowser('Annotating by keyboard alone', (suite) => {
  let owner: ApiSession;
  let ama: ApiSession;
  let ben: ApiSession;

  beforeAll(async () => {
    owner = await registerToApi(suite.baseUrl, 'Keyboard Convenor');
    ama = await signInToApi(suite.baseUrl, 'ama@glossa.demo', DEMO_PASSWORD);
    ben = await signInToApi(suite.baseUrl, 'ben@glossa.demo', DEMO_PASSWORD);
  });

  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  it('selects words and a sentence with the arrow keys, comments on them and replies, with no mouse', async () => {
    const seminarId = await startSeminar(owner, `Keyboard ${Date.now()}`, [ama, ben]);
    const readingId = await addReading(owner, seminarId, TITLE, HEINBECKER, 'Paul Heinbecker');
    const page = await suite.newPage();
    await signInAs(page, 'ama@glossa.demo', DEMO_PASSWORD);
    await page.goto(`/readings/${readingId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('No annotations yet').waitFor();

    await tabTo(page, page.getByRole('button', { name: 'Select with the keyboard' }));
    await page.keyboard.press('Enter');
    // The first word, then word by word, then the selection extended over two more words.
    await expect(selectedText(page)).resolves.toBe('Peace');
    await page.getByText(/Arrow keys move by word/).waitFor();
    const status = page.locator('p[role="status"][aria-live="polite"]').last();
    await status.getByText('Selected: Peace').waitFor();
    // Sentence by sentence: the title line, the byline, then the opening sentence.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(selectedText(page)).resolves.toBe('The components of human security are not new.');
    await page.keyboard.press('ArrowRight');
    await expect(selectedText(page)).resolves.toBe('Victimization');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect(selectedText(page)).resolves.toBe('Victimization and impunity are');
    await status.getByText('Selected: Victimization and impunity are').waitFor();

    // Enter hands the words to the toolbar; arrows choose Comment.
    await page.keyboard.press('Enter');
    await page.getByRole('toolbar', { name: 'Annotate the selected words' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Highlight');
    await page.keyboard.press('ArrowRight');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Comment');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'New comment' }).waitFor();
    await page.keyboard.type('Old threats, a new world.');
    await page.keyboard.press('Control+Enter');

    const card = page.getByRole('article', { name: /^Comment by Ama Mensah on “Victimization and impunity are”/ });
    await card.waitFor();
    const annotationId = (await card.getAttribute('data-annotation-card')) ?? '';
    await expect(highlightedText(page, annotationId)).resolves.toBe('Victimization and impunity are');
    await expect(card.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // Open the card with Enter, Tab to its reply box, write and send the reply.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    const replyBox = card.getByRole('combobox', { name: 'Reply to Ama Mensah' });
    await replyBox.waitFor();
    await tabTo(page, replyBox);
    await page.keyboard.type('And intrastate wars are newer still.');
    await page.keyboard.press('Control+Enter');
    await card.getByRole('listitem', { name: 'Reply by Ama Mensah' }).getByText('And intrastate wars are newer still.').waitFor();
    await suite.screenshot(page, 'reading-room-keyboard-only');
  });
});
