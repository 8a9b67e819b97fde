import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser-suite';

async function register(page: Page, name: string, email: string): Promise<void> {
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill('a-long-enough-passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
}

describeInBrowser('Running a seminar from its page', (suite) => {
  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  it('lets a convenor invite by link, the newcomer register through it and land in the seminar, then become a moderator who sees the desk', async () => {
    const stamp = Date.now();
    const seminarName = `Invited by link ${stamp}`;
    const owner = await suite.newPage();
    await owner.goto('/register');
    await register(owner, 'Lena Convenor', `lena.${stamp}@example.org`);
    await owner.getByRole('heading', { level: 1, name: 'Your seminars' }).waitFor();
    const create = owner.getByRole('region', { name: 'Start a seminar' });
    await create.getByLabel('Name', { exact: true }).fill(seminarName);
    await create.getByRole('button', { name: 'Create seminar' }).click();
    await owner.getByRole('link', { name: seminarName }).click();
    await owner.getByRole('heading', { level: 1, name: seminarName }).waitFor();
    const link = await owner.getByLabel('Invitation link', { exact: true }).inputValue();
    expect(link).toMatch(/\/join\/\S+$/);

    // The newcomer opens the link signed out, is asked to sign in, registers instead and lands in the seminar.
    const newcomer = await suite.newPage();
    await newcomer.goto(new URL(link).pathname);
    await newcomer.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await newcomer.getByRole('link', { name: 'Create an account' }).click();
    await register(newcomer, 'Tomas Newcomer', `tomas.${stamp}@example.org`);
    await newcomer.getByRole('heading', { level: 1, name: seminarName }).waitFor();
    await newcomer.getByText('You are a member').waitFor();
    await expect(newcomer.getByRole('link', { name: 'Moderation desk' }).count()).resolves.toBe(0);

    // The convenor's page shows the newcomer live and makes them a moderator.
    const members = owner.getByRole('region', { name: /Members/ });
    await members.getByText('Tomas Newcomer', { exact: true }).waitFor({ timeout: 5_000 });
    await owner.getByRole('region', { name: 'Recent activity' }).getByText('Tomas Newcomer joined the seminar').waitFor();
    await members.getByLabel('Role of Tomas Newcomer').selectOption('MODERATOR');
    await members.getByText('Tomas Newcomer is now a moderator.').waitFor();

    // Without a reload the newcomer's page now offers the desk, and the desk opens.
    await newcomer.getByText('You are a moderator').waitFor({ timeout: 5_000 });
    await newcomer.getByRole('link', { name: 'Moderation desk' }).click();
    await newcomer.getByRole('heading', { level: 1, name: 'Moderation desk' }).waitFor();
    await suite.screenshot(owner, 'seminar-page', { fullPage: true });
  });

  it('explains the last-owner rule when the only owner tries to leave', async () => {
    const stamp = Date.now();
    const owner = await suite.newPage();
    await owner.goto('/register');
    await register(owner, 'Solo Owner', `solo.${stamp}@example.org`);
    const create = owner.getByRole('region', { name: 'Start a seminar' });
    await create.getByLabel('Name', { exact: true }).fill(`Solo ${stamp}`);
    await create.getByRole('button', { name: 'Create seminar' }).click();
    await owner.getByRole('link', { name: `Solo ${stamp}` }).click();
    await owner.getByRole('button', { name: 'Leave this seminar' }).click();
    await owner.getByRole('button', { name: `Leave “Solo ${stamp}”` }).click();
    await owner.getByRole('alert').getByText(/last owner cannot leave/).waitFor();
  });
});
