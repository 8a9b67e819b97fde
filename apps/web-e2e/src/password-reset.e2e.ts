import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser-suite';
import { submitSignIn } from './support/sign-in';

const OLD_PASSWORD = 'a-long-enough-passphrase';
const NEW_PASSWORD = 'a-fresh-and-longer-passphrase';

async function register(baseUrl: string, email: string): Promise<void> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: RegisterInput!) { register(input: $input) { token } }',
      variables: { input: { email, displayName: 'Wen Forgetful', password: OLD_PASSWORD } },
    }),
  });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`register failed: ${JSON.stringify(body.errors)}`);
}

/** The reset link of the newest message to `email` in the development outbox, checking for new mail until it is there. */
async function resetLinkFromOutbox(page: Page, email: string): Promise<string> {
  const message = page.getByRole('article').filter({ hasText: email }).filter({ hasText: 'Reset your Glossa password' });
  for (let tries = 0; (await message.count()) === 0; tries += 1) {
    if (tries > 300) throw new Error(`no reset message for ${email} in the outbox`);
    await page.getByRole('button', { name: 'Check for new mail' }).click();
    await page.waitForTimeout(100);
  }
  const href = await message.first().getByRole('link', { name: /reset-password\?token=/ }).getAttribute('href');
  if (!href) throw new Error('the message has no reset link');
  return href;
}

describeInBrowser('Resetting a forgotten password', (suite) => {
  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  it('lets a member reset a forgotten password from the emailed link and sign in with the new one', async () => {
    const email = `wen.${Date.now()}@example.org`;
    await register(suite.baseUrl, email);

    const page = await suite.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Send me a reset link' }).click();
    const sent = page.getByRole('status').filter({ hasText: 'a link to choose a new password is on its way' });
    await sent.waitFor();
    await suite.screenshot(page, 'password-reset-requested');

    // No SMTP_URL in this run: the message waits in the development outbox.
    await sent.getByRole('link', { name: 'development outbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Development outbox' }).waitFor();
    const link = new URL(await resetLinkFromOutbox(page, email));
    await suite.screenshot(page, 'password-reset-outbox');

    // The link names PUBLIC_URL's host (localhost by default); open the same path on this server.
    await page.goto(`${link.pathname}${link.search}`);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('New password again', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set new password' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Your password is changed' });
    await done.waitFor();
    await suite.screenshot(page, 'password-reset-done');

    await done.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await submitSignIn(page, email, NEW_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Your seminars' }).waitFor();

    // The link worked once: opened again it is refused, with a way to ask for another.
    const again = await suite.newPage();
    await again.goto(`${link.pathname}${link.search}`);
    await again.getByLabel('New password', { exact: true }).fill('one-more-passphrase');
    await again.getByLabel('New password again', { exact: true }).fill('one-more-passphrase');
    await again.getByRole('button', { name: 'Set new password' }).click();
    const refused = again.getByRole('alert').filter({ hasText: 'has been used already' });
    await refused.waitFor();
    await refused.getByRole('link', { name: 'Ask for a new link' }).waitFor();
  });
});
