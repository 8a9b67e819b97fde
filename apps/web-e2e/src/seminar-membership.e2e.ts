import { describeInBrowser } from './support/browser-suite';
import { DEMO_PASSWORD, demoSeminarCard } from './support/demo-seminar';
import { submitSignIn } from './support/sign-in';

describeInBrowser('Starting and joining seminars', (suite) => {
  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  it('lets a member start a seminar and a newly registered reader join it with its invite code', async () => {
    const seminarName = `Reading group ${Date.now()}`;

    // A new convenor: the seminars other tests create stay off this person's home page.
    const owner = await suite.newPage();
    await owner.goto('/sign-in');
    await owner.getByRole('link', { name: 'Create an account' }).click();
    await owner.getByLabel('Your name', { exact: true }).fill('Idris Convenor');
    await owner.getByLabel('Email', { exact: true }).fill(`idris.${Date.now()}@example.org`);
    await owner.getByLabel('Password', { exact: true }).fill('a-long-enough-passphrase');
    await owner.getByRole('button', { name: 'Create account' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Your seminars' }).waitFor();
    const create = owner.getByRole('region', { name: 'Start a seminar' });
    await create.getByLabel('Name', { exact: true }).fill(seminarName);
    await create.getByLabel('Description', { exact: true }).fill('Weekly, Thursdays.');
    await create.getByRole('button', { name: 'Create seminar' }).click();
    const created = create.getByRole('status');
    await created.getByText(`Created “${seminarName}”`).waitFor();
    const inviteCode = await created.locator('code').innerText();
    expect(inviteCode).toMatch(/^\S{4,32}$/);

    const ownCard = owner.getByRole('article', { name: seminarName });
    await ownCard.getByText('Owner', { exact: true }).waitFor();
    await ownCard.getByText('No readings yet.').waitFor();
    await ownCard.getByText(inviteCode, { exact: true }).waitFor();

    const reader = await suite.newPage();
    await reader.goto('/sign-in');
    await reader.getByRole('link', { name: 'Create an account' }).click();
    await reader.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await reader.getByLabel('Your name', { exact: true }).fill('Noor Haddad');
    await reader.getByLabel('Email', { exact: true }).fill(`noor.${Date.now()}@example.org`);
    await reader.getByLabel('Password', { exact: true }).fill('a-long-enough-passphrase');
    await reader.getByRole('button', { name: 'Create account' }).click();
    await reader.getByRole('heading', { level: 1, name: 'Your seminars' }).waitFor();
    await reader.getByText('You are not in any seminar yet.').waitFor();

    const join = reader.getByRole('region', { name: 'Join a seminar' });
    await join.getByLabel('Invite code', { exact: true }).fill('NOSUCHCODE');
    await join.getByRole('button', { name: 'Join' }).click();
    await join.getByRole('alert').waitFor();
    await expect(join.getByRole('alert').innerText()).resolves.not.toBe('');

    await join.getByLabel('Invite code', { exact: true }).fill(inviteCode);
    await join.getByRole('button', { name: 'Join' }).click();
    await join.getByRole('status').getByText(`You joined “${seminarName}”.`).waitFor();
    const joinedCard = reader.getByRole('article', { name: seminarName });
    await joinedCard.getByText('Member', { exact: true }).waitFor();
    await joinedCard.getByText('2 members', { exact: false }).waitFor();
    // Members do not see the invite code; owners and moderators do.
    await expect(joinedCard.getByText(inviteCode, { exact: true }).count()).resolves.toBe(0);
    await suite.screenshot(reader, 'joined-seminar', { fullPage: true });

    // The convenor's page, open all along in another browser, shows the newcomer without a reload.
    await ownCard.getByText('2 members', { exact: false }).waitFor({ timeout: 5_000 });
  });

  it('keeps the pages usable on a phone-sized screen', async () => {
    const page = await suite.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/sign-in');
    await submitSignIn(page, 'ama@glossa.demo', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Your seminars' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await suite.screenshot(page, 'home-phone');

    await (await demoSeminarCard(page)).getByRole('link', { name: /Peace Theme: Human Security/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Peace Theme: Human Security' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).resolves.toBeLessThanOrEqual(0);
    await suite.screenshot(page, 'reading-phone');
  });
});
