import { existsSync } from 'node:fs';
import { describeInBrowser } from './support/browser-suite';
import { DEMO_MEMBER, DEMO_PASSWORD, demoReadingText, demoSeminarCard, loadDemoSeminar } from './support/demo-seminar';
import { submitSignIn } from './support/sign-in';

const demo = loadDemoSeminar();
const gilder = demo.readings.find((r) => r.file.startsWith('gilder'));
if (!gilder) throw new Error('The demo seminar no longer has the Gilder reading this test opens');

describeInBrowser('Signing in and reading', (suite) => {
  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  it('lets a member sign in, see the demo seminar with its readings and debates, and open a reading', async () => {
    const page = await suite.newPage();
    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await suite.screenshot(page, 'sign-in');

    await submitSignIn(page, DEMO_MEMBER.email, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Your seminars' }).waitFor();
    await page.getByText(DEMO_MEMBER.displayName, { exact: true }).waitFor();

    const seminar = await demoSeminarCard(page, demo.seminar.name);
    const readings = seminar.getByRole('region', { name: `Readings of ${demo.seminar.name}` }).getByRole('link');
    await readings.nth(demo.readings.length - 1).waitFor();
    expect(await readings.count()).toBe(5);
    const linkTexts = await readings.allInnerTexts();
    demo.readings.forEach((reading, i) => {
      expect(linkTexts[i]).toContain(reading.title);
      expect(linkTexts[i]).toContain(reading.author);
    });
    const debates = seminar.getByRole('region', { name: `Debates of ${demo.seminar.name}` });
    for (const debate of demo.debates) await debates.getByText(debate.motion).waitFor();
    await expect(seminar.getByText('Member', { exact: true }).isVisible()).resolves.toBe(true);
    await suite.screenshot(page, 'home', { fullPage: true });

    await readings.filter({ hasText: gilder.title }).click();
    await page.getByRole('heading', { level: 1, name: gilder.title }).waitFor();
    await page.getByText(gilder.author, { exact: true }).waitFor();
    await page.getByText(/Indian Journal of International Law/).first().waitFor();

    // The text is shown exactly, in consecutive blocks that each know where they start.
    const text = demoReadingText(gilder.file);
    const shown = await page.locator('[data-reading-text]').evaluate((root) => ({
      text: root.textContent,
      blocks: Array.from(root.querySelectorAll<HTMLElement>('[data-offset]')).map((b) => ({
        offset: Number(b.dataset['offset']),
        length: b.textContent?.length ?? 0,
      })),
    }));
    expect(shown.text).toBe(text);
    expect(shown.blocks.length).toBeGreaterThanOrEqual(40);
    let expectedOffset = 0;
    for (const block of shown.blocks) {
      expect(block.offset).toBe(expectedOffset);
      expectedOffset += block.length;
    }
    expect(expectedOffset).toBe(text.length);

    // The column stays about 65 characters wide (docs/design.md, Reading room).
    const columnWidth = await page.locator('[data-reading-text]').evaluate((el) => el.getBoundingClientRect().width);
    expect(columnWidth).toBeLessThanOrEqual(720);

    const shot = await suite.screenshot(page, 'reading');
    expect(existsSync(shot)).toBe(true);
  });

  it('shows the reason when the password is wrong, and stays on the sign-in page', async () => {
    const page = await suite.newPage();
    await page.goto('/sign-in');
    await submitSignIn(page, DEMO_MEMBER.email, 'not-the-password');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toBe('The email or password is not right.');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expect(page.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(DEMO_MEMBER.email);
    await suite.screenshot(page, 'sign-in-wrong-password');
  });

  it('returns to the reading that was asked for after signing in, and signs out', async () => {
    const page = await suite.newPage();
    await page.goto('/sign-in');
    await submitSignIn(page, DEMO_MEMBER.email, DEMO_PASSWORD);
    const link = (await demoSeminarCard(page, demo.seminar.name)).getByRole('link', { name: new RegExp(escapeRegExp(gilder.title)) });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/readings\/[0-9a-f-]{36}$/);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    await page.goto(href ?? '/');
    await page.waitForURL(/\/sign-in\?next=/);
    await submitSignIn(page, DEMO_MEMBER.email, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: gilder.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(href);
  });

  it('sends a reader whose session has ended back to sign in, then on to the reading they opened', async () => {
    const page = await suite.newPage();
    await page.goto('/sign-in');
    await submitSignIn(page, DEMO_MEMBER.email, DEMO_PASSWORD);
    const link = (await demoSeminarCard(page, demo.seminar.name)).getByRole('link', { name: new RegExp(escapeRegExp(gilder.title)) });
    const href = await link.getAttribute('href');

    // The session ends elsewhere (expiry, sign-out on another device): the cookie is gone.
    await page.context().clearCookies();
    await link.click();
    await page.waitForURL(/\/sign-in\?next=/);
    await submitSignIn(page, DEMO_MEMBER.email, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: gilder.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(href);
  });

  it('says a reading is not there for an address that names none', async () => {
    const page = await suite.newPage();
    await page.goto('/readings/00000000-0000-4000-8000-000000000000');
    await page.waitForURL(/\/sign-in\?next=/);
    await submitSignIn(page, DEMO_MEMBER.email, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'This reading is not here' }).waitFor();
    await page.goto('/readings/not-an-id');
    await page.getByRole('heading', { level: 1, name: 'This reading is not here' }).waitFor();
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
