import { describeInBrowser } from './support/browser-suite';
import { registerToApi } from './support/graphql-api';

describeInBrowser('Choosing email about mentions', (suite) => {
  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  it('lets a member choose from the bell how often mentions are emailed, daily by default', async () => {
    const page = await suite.newPage();
    const member = await registerToApi(suite.baseUrl, 'Lena Chooser');
    await page.context().addCookies([{ name: 'glossa_session', value: member.token, url: suite.baseUrl }]);
    await page.goto('/');
    await page.getByRole('button', { name: /^Notifications/ }).click();
    await page.getByRole('region', { name: 'Notifications' }).getByRole('link', { name: 'Email about mentions and replies' }).click();
    await page.getByRole('heading', { level: 1, name: 'Email about mentions and replies' }).waitFor();

    const choices = page.getByRole('group', { name: 'Email me about mentions and replies' });
    expect(await choices.getByRole('radio', { name: /Daily digest/ }).isChecked()).toBe(true);
    // By keyboard: the arrow key moves the choice, and it is saved at once.
    await choices.getByRole('radio', { name: /Daily digest/ }).focus();
    await page.keyboard.press('ArrowUp');
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await suite.screenshot(page, 'email-preferences');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Email about mentions and replies' }).waitFor();
    const again = page.getByRole('group', { name: 'Email me about mentions and replies' });
    await again.getByRole('radio', { name: /At once/ }).waitFor();
    expect(await again.getByRole('radio', { name: /At once/ }).isChecked()).toBe(true);
  });
});
