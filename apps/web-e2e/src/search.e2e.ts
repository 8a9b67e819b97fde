import { describeInBrowser } from './support/browser-suite';
import { DEMO_MEMBER, DEMO_PASSWORD, loadDemoSeminar } from './support/demo-seminar';
import { signInAs } from './support/sign-in';

describeInBrowser('Searching a seminar', (suite) => {
  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  it('lets a member search a word from the header and land on the highlighted passage', async () => {
    const page = await suite.newPage();
    await signInAs(page, DEMO_MEMBER.email, DEMO_PASSWORD);

    // "/" puts the cursor in the header's search field.
    await page.keyboard.press('/');
    const field = page.getByRole('search', { name: 'Search the seminar' }).getByRole('searchbox');
    await expect(field.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('sovereignty');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();

    // In the demo seminar (other browser tests make Ama a member of more seminars, and the header
    // searches the one searched last, else the first listed), only the readings' own words, then
    // open the first result.
    const filters = page.getByRole('form', { name: 'Search and filters' });
    await filters.getByRole('combobox', { name: 'Seminar' }).selectOption({ label: loadDemoSeminar().seminar.name });
    await filters.getByRole('checkbox', { name: 'Reading texts' }).check();
    await filters.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/kind=READING/);
    // The unfiltered results may still show while the filtered search answers: wait for them to go.
    await page.getByRole('region', { name: /Annotations/ }).waitFor({ state: 'detached' });
    const group = page.getByRole('region', { name: /In the readings/ });
    await group.waitFor();
    const first = group.getByRole('link').first();
    await expect(first.locator('mark').first().innerText()).resolves.toMatch(/sovereignt/i);
    await first.click();

    await page.getByRole('status').getByText(/from your search, highlighted in the text/).waitFor();
    const found = await page.evaluate(() => {
      const highlight = CSS.highlights.get('glossa-found');
      const range = highlight ? ([...highlight][0] as Range) : null;
      if (!range) return null;
      const rect = range.getBoundingClientRect();
      return { text: range.toString(), visible: rect.top >= 0 && rect.bottom <= window.innerHeight };
    });
    expect(found?.text).toMatch(/^sovereignt/i);
    expect(found?.visible).toBe(true);
    await suite.screenshot(page, 'search-found-passage');
  });
});
