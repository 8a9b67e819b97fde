import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser-suite';
import { registerToApi, signInToApi } from './support/graphql-api';
import { signInAs, submitSignIn } from './support/sign-in';

const PASSWORD = 'a-long-enough-passphrase';
const NEW_PASSWORD = 'an even longer passphrase';

async function emailOf(baseUrl: string, token: string): Promise<string> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { email } }' }),
  });
  return ((await res.json()) as { data: { me: { email: string } } }).data.me.email;
}

async function openAccountSettings(page: Page): Promise<void> {
  await page
    .getByRole('banner')
    .getByRole('link', { name: /account settings/ })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Account settings' }).waitFor();
}

describeInBrowser('Account settings', (suite) => {
  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  it('changes the display name and password, signs out another session, and deletes the account', async () => {
    const person = await registerToApi(suite.baseUrl, 'Marta Settings');
    const email = await emailOf(suite.baseUrl, person.token);
    const laptop = await suite.newPage();
    const phone = await suite.newPage();
    await signInAs(laptop, email, PASSWORD);
    await signInAs(phone, email, PASSWORD);

    await openAccountSettings(laptop);
    const name = laptop.getByRole('region', { name: 'Display name' });
    await name.getByLabel('Display name', { exact: true }).fill('Marta Renamed');
    await name.getByRole('button', { name: 'Save name' }).click();
    await name.getByRole('status').getByText('Your display name is saved.').waitFor();
    await laptop.getByRole('banner').getByText('Marta Renamed', { exact: true }).waitFor();

    const password = laptop.getByRole('region', { name: 'Password' });
    await password.getByLabel('Current password', { exact: true }).fill(PASSWORD);
    await password.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await password.getByRole('button', { name: 'Change password' }).click();
    await password
      .getByRole('status')
      .getByText(/Your 2 other sessions were signed out; this one stays signed in\./)
      .waitFor();
    // The phone and the API client were signed out by the new password; the phone signs in again.
    await phone.reload();
    await phone.waitForURL('**/sign-in**');
    await submitSignIn(phone, email, NEW_PASSWORD);
    await phone.getByRole('heading', { level: 1, name: 'Your seminars' }).waitFor();

    await laptop.reload();
    const sessions = laptop
      .getByRole('region', { name: 'Where you are signed in' })
      .getByRole('list', { name: 'Sessions' });
    await sessions.getByRole('listitem').nth(1).waitFor();
    expect(await sessions.getByRole('listitem').count()).toBe(2);
    const here = sessions.getByRole('listitem').filter({ hasText: 'This device' });
    expect(await here.count()).toBe(1);
    expect(await here.getByRole('button').count()).toBe(0);
    await suite.screenshot(laptop, 'account-settings', { fullPage: true });

    await sessions.getByRole('button', { name: /^Sign out / }).click();
    await laptop
      .getByRole('region', { name: 'Where you are signed in' })
      .getByRole('status')
      .getByText(/is signed out\./)
      .waitFor();
    await sessions.getByRole('listitem').nth(1).waitFor({ state: 'detached' });
    await expect(sessions.getByRole('listitem').count()).resolves.toBe(1);
    await phone.reload();
    await phone.waitForURL('**/sign-in**');

    const deletion = laptop.getByRole('region', { name: 'Delete your account' });
    // What becomes of the posts is said before anything is confirmed.
    await deletion.getByText(/their text and tags are removed\. Threads stay whole/).waitFor();
    await deletion.getByRole('button', { name: 'Delete my account…' }).click();
    const confirm = deletion.getByLabel('Password to confirm', { exact: true });
    await expect(confirm.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await confirm.fill('not my password');
    await deletion.getByRole('button', { name: 'Delete my account', exact: true }).click();
    await deletion.getByRole('alert').getByText('The password is not right.').waitFor();
    await confirm.fill(NEW_PASSWORD);
    await deletion.getByRole('button', { name: 'Delete my account', exact: true }).click();
    await laptop.waitForURL('**/sign-in?deleted=1');
    await laptop.getByText('Your account is deleted and you are signed out everywhere.').waitFor();

    await expect(signInToApi(suite.baseUrl, email, NEW_PASSWORD)).rejects.toThrow(/The email or password is not right/);
  });
});
