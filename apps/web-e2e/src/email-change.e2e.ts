import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser-suite';

/** The confirmation link of the newest message to `email` in the development outbox, checking until it is there. */
async function confirmLinkFromOutbox(page: Page, email: string): Promise<string> {
  const message = page.getByRole('article').filter({ hasText: email }).filter({ hasText: 'Confirm your new Glossa email' });
  for (let tries = 0; (await message.count()) === 0; tries += 1) {
    if (tries > 300) throw new Error(`no confirmation message for ${email} in the outbox`);
    await page.getByRole('button', { name: 'Check for new mail' }).click();
    await page.waitForTimeout(100);
  }
  const href = await message.first().getByRole('link', { name: /confirm-email\?token=/ }).getAttribute('href');
  if (!href) throw new Error('the message has no confirmation link');
  return href;
}

describeInBrowser('Changing one’s email', (suite) => {
  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  it('lets a member move their account to a new address by the link emailed to it, once', async () => {
    const stamp = Date.now();
    const password = 'a-long-enough-passphrase';
    const newEmail = `zora.new.${stamp}@example.org`;

    const page = await suite.newPage();
    await page.goto('/register');
    await page.getByLabel('Your name', { exact: true }).fill('Zora Moving');
    await page.getByLabel('Email', { exact: true }).fill(`zora.${stamp}@example.org`);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your seminars' }).waitFor();
    await page.goto('/account');
    const section = page.getByRole('region', { name: 'Email' });
    await section.getByLabel('New email', { exact: true }).fill(newEmail);
    await section.getByLabel('Password', { exact: true }).fill(password);
    await section.getByRole('button', { name: 'Change email' }).click();
    await section.getByRole('status').filter({ hasText: 'We emailed a link to that address' }).waitFor();

    // No SMTP_URL in this run: the message waits in the development outbox.
    await page.goto('/dev/outbox');
    const link = new URL(await confirmLinkFromOutbox(page, newEmail));
    // The link names PUBLIC_URL's host (localhost by default); open the same path on this server.
    await page.goto(`${link.pathname}${link.search}`);
    await page.getByRole('heading', { level: 1, name: 'Confirm your new email' }).waitFor();
    await page.getByRole('button', { name: 'Confirm new email' }).click();
    await page.getByRole('status').filter({ hasText: `Your account now uses ${newEmail}` }).waitFor();
    await suite.screenshot(page, 'email-change-confirmed');

    await page.goto('/account');
    await page.getByRole('region', { name: 'Email' }).getByText(`You sign in with ${newEmail}.`).waitFor();

    // The link worked once: opened again, signed out in another browser, it is refused and says why.
    const again = await suite.newPage();
    await again.goto(`${link.pathname}${link.search}`);
    await again.getByRole('button', { name: 'Confirm new email' }).click();
    await again.getByRole('alert').filter({ hasText: 'has been used already' }).waitFor();
  });
});
