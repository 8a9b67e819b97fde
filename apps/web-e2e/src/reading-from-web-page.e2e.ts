import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import type { Locator, Page } from 'playwright-core';
import { describeInBrowser } from './support/browser-suite';

const ARTICLE_TITLE = 'Margins of the Commons';
const ARTICLE_AUTHOR = 'Ines Archivist';
const PARAGRAPH = 'The commons were never empty land: every margin of the map was somebody’s grazing, firewood and path.';

/** A news site's page: the article among navigation and a footer. */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${ARTICLE_TITLE} | Field Notes</title>
<meta name="author" content="${ARTICLE_AUTHOR}"></head><body><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>
<article><h1>${ARTICLE_TITLE}</h1><p class="byline">By ${ARTICLE_AUTHOR}</p><p>${PARAGRAPH}</p>
<p>Enclosure redrew those margins, and the seminar reads what the surveyors left out of their maps.</p></article>
<footer>Subscribe to Field Notes</footer></body></html>`;

async function register(page: Page, name: string, email: string): Promise<void> {
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill('a-long-enough-passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** A field's value once something fills it (the form is prefilled when the conversion ends). */
async function valueWhenFilled(field: Locator, timeoutMs = 15_000): Promise<string> {
  await field.waitFor();
  for (const started = Date.now(); Date.now() - started < timeoutMs; ) {
    const value = await field.inputValue();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return field.inputValue();
}

describeInBrowser('Adding a reading from a web page', (suite) => {
  let site: Server;
  let siteUrl = '';

  beforeAll(async () => {
    site = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE));
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/field-notes/margins`;
  });
  afterAll(async () => {
    site.closeAllConnections();
    await new Promise((resolve) => site.close(resolve));
  });
  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  it('lets a convenor give an address, correct the prefilled details and open the article as a reading; a private address is refused with a message', async () => {
    const stamp = Date.now();
    const seminarName = `From the web ${stamp}`;
    const owner = await suite.newPage();
    await owner.goto('/register');
    await register(owner, 'Wen Convenor', `wen.${stamp}@example.org`);
    const create = owner.getByRole('region', { name: 'Start a seminar' });
    await create.getByLabel('Name', { exact: true }).fill(seminarName);
    await create.getByRole('button', { name: 'Create seminar' }).click();
    await owner.getByRole('link', { name: seminarName }).click();
    await owner.getByRole('heading', { level: 1, name: seminarName }).waitFor();

    const panel = owner.getByRole('region', { name: 'Add a reading' });
    await panel.getByRole('button', { name: 'From a web page' }).click();
    await expect(panel.getByRole('button', { name: 'From a web page' }).getAttribute('aria-pressed')).resolves.toBe('true');
    const address = panel.getByLabel('Web page address');

    // A private address: refused, said in an alert tied to the field, and nothing to save.
    await address.fill('http://10.0.0.1/intranet');
    await address.press('Enter');
    await panel.getByRole('alert').getByText(/private network address/).waitFor();
    await expect(address.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(panel.getByRole('button', { name: 'Save reading' }).count()).resolves.toBe(0);

    // The article's address, by keyboard: fetched, converted, its details prefilled and editable.
    await address.fill(siteUrl);
    await panel.getByRole('button', { name: 'Fetch the page' }).focus();
    await owner.keyboard.press('Enter');
    const title = panel.getByLabel('Title', { exact: true });
    await expect(valueWhenFilled(title)).resolves.toContain(ARTICLE_TITLE);
    await expect(panel.getByLabel('Author', { exact: true }).inputValue()).resolves.toBe(ARTICLE_AUTHOR);
    await expect(panel.getByLabel('Source', { exact: true }).inputValue()).resolves.toBe(siteUrl);
    await title.fill(ARTICLE_TITLE);
    await suite.screenshot(owner, 'reading-from-web-page', { fullPage: true });
    await panel.getByRole('button', { name: 'Save reading' }).click();
    await panel.getByText(`Added “${ARTICLE_TITLE}”.`).waitFor({ timeout: 15_000 });

    await panel.getByRole('link', { name: 'Open it' }).click();
    await owner.getByRole('heading', { level: 1, name: ARTICLE_TITLE }).waitFor();
    await owner.getByText(PARAGRAPH).waitFor();
    await expect(owner.getByText('Subscribe to Field Notes').count()).resolves.toBe(0);
  });
});
