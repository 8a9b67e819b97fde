import { readFile } from 'node:fs/promises';
import { describeInBrowser } from './support/browser-suite';
import { addReading, annotate, codePointSpan, registerToApi, signInToApi, startSeminar } from './support/graphql-api';
import { registerInBrowser } from './support/sign-in';

const TITLE = 'The Responsibility to Protect';
const TEXT =
  'Sovereignty is a responsibility, not only a right. When a state fails its people, the duty passes to others. ' +
  'The Council must decide when intervention is warranted.';
/** The reading in the second seminar: one sentence cut, so the annotation on it becomes an orphan. */
const CUT = TEXT.replace('When a state fails its people, the duty passes to others. ', '');
const PASSWORD = 'a-long-enough-passphrase';

describeInBrowser('Taking annotations out of one seminar and into another', (suite) => {
  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  it('exports a reading as W3C JSON-LD, previews and imports the file into a fresh seminar, and shows the same threads', async () => {
    const stamp = Date.now();
    const email = `ines.${stamp}@example.org`;
    const page = await suite.newPage();
    await registerInBrowser(page, 'Ines Convenor', email, PASSWORD);
    const owner = await signInToApi(suite.baseUrl, email, PASSWORD);
    const member = await registerToApi(suite.baseUrl, 'Kofi Reader');

    const first = await startSeminar(owner, `Take-out origin ${stamp}`, [member]);
    const original = await addReading(owner, first, TITLE, TEXT);
    const comment = await annotate(member, {
      readingId: original,
      target: codePointSpan(TEXT, 'Sovereignty is a responsibility'),
      motivation: 'commenting',
      body: 'Who holds it to account?',
    });
    await owner.request('mutation R($input: ReplyInput!) { reply(input: $input) { id } }', {
      input: { threadId: comment.threadId, body: 'The Council, in the end.' },
    });
    await annotate(owner, {
      readingId: original,
      target: codePointSpan(TEXT, 'the duty passes to others'),
      motivation: 'commenting',
      body: 'To whom, exactly?',
    });
    const fresh = await startSeminar(owner, `Take-out destination ${stamp}`, [member]);
    const copy = await addReading(owner, fresh, TITLE, CUT);

    // Download from the reading room: W3C Web Annotation JSON-LD is the default format.
    await page.goto(`/readings/${original}`);
    const takeOut = page.getByRole('complementary', { name: 'Take out' });
    await takeOut.getByRole('radio', { name: 'W3C Web Annotation (JSON-LD)' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      takeOut.getByRole('button', { name: 'Download annotations' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('the-responsibility-to-protect.annotations.jsonld');
    await takeOut.getByRole('status').getByText(/2 annotations and 1 reply/).waitFor();
    const file = await download.path();
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ type: 'AnnotationCollection', total: 3 });

    // Import into the fresh seminar: the preview first, and nothing written until "Import".
    await page.goto(`/seminars/${fresh}`);
    const importer = page.getByRole('region', { name: 'Import annotations' });
    await importer.getByLabel('Annotations file').setInputFiles(file);
    const preview = importer.getByRole('definition').first();
    await importer.getByRole('heading', { name: /Before importing/ }).waitFor();
    await expect(preview.textContent()).resolves.toBe('2 annotations and 1 reply');
    const figures = importer.locator('dl[aria-label="Import preview"]');
    await figures.getByText('Ines Convenor (2 posts), Kofi Reader (1 post)').waitFor();
    await figures.getByText('“the duty passes to others”').waitFor();
    await expect(figures.locator('dt', { hasText: 'Duplicates to skip' }).locator('+ dd').textContent()).resolves.toBe('none');
    await expect(owner.request<{ reading: { annotationCount: number } }>(
      'query($id: ID!) { reading(id: $id) { annotationCount } }',
      { id: copy },
    )).resolves.toEqual({ reading: { annotationCount: 0 } });
    await suite.screenshot(page, 'take-out-preview', { fullPage: true });

    await importer.getByRole('button', { name: 'Import', exact: true }).click();
    const reportHeading = importer.getByRole('heading', { name: 'Import report' });
    await reportHeading.waitFor();
    await expect(reportHeading.evaluate((h) => h === document.activeElement)).resolves.toBe(true);
    await importer.getByRole('status').getByText('Imported 2 annotations and 1 reply.').waitFor();
    const report = importer.locator('dl[aria-label="Import report"]');
    await report.getByText('Ines Convenor (2 posts), Kofi Reader (1 post)').waitFor();

    // The same threads, in the reading room of the fresh seminar.
    await page.goto(`/readings/${copy}`);
    const card = page.getByRole('article', { name: /^Comment by Kofi Reader on “Sovereignty is a responsibility/ });
    await card.getByText('Who holds it to account?').waitFor();
    await card.getByText('1 reply').waitFor();
    await card.click();
    await card.getByRole('listitem', { name: 'Reply by Ines Convenor' }).getByText('The Council, in the end.').waitFor();
    const orphans = page.getByRole('region', { name: /Passages no longer in the text/ });
    await orphans.getByText('To whom, exactly?').waitFor();
    await suite.screenshot(page, 'take-out-imported', { fullPage: true });
  });

  it('downloads a debate as Markdown from the debate page', async () => {
    const stamp = Date.now();
    const email = `lena.${stamp}@example.org`;
    const page = await suite.newPage();
    await registerInBrowser(page, 'Lena Convenor', email, PASSWORD);
    const owner = await signInToApi(suite.baseUrl, email, PASSWORD);
    const seminarId = await startSeminar(owner, `Debate take-out ${stamp}`, []);
    const created = await owner.request<{ createDebate: { id: string } }>(
      'mutation D($input: CreateDebateInput!) { createDebate(input: $input) { id } }',
      { input: { seminarId, motion: 'Sovereignty is a responsibility.', proLabel: 'Yes', conLabel: 'No' } },
    );
    const debateId = created.createDebate.id;
    await owner.request('mutation C($input: AddClaimInput!) { addClaim(input: $input) { id } }', {
      input: { debateId, stance: 'PRO', body: 'States answer to their people.' },
    });

    await page.goto(`/debates/${debateId}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the debate as Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sovereignty-is-a-responsibility.debate.md');
    await page.getByRole('status').getByText('Downloaded sovereignty-is-a-responsibility.debate.md: 1 claim.').waitFor();
    const markdown = await readFile(await download.path(), 'utf8');
    expect(markdown).toContain('# Sovereignty is a responsibility.');
    expect(markdown).toContain('## For the motion: Yes\n\n- **Lena Convenor**');
    expect(markdown).toContain('  States answer to their people.');
  });
});
