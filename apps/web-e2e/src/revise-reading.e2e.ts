import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the API tests' PDF maker (pdf-lib) is the one source of test PDFs and of their known words; a copy here would drift from it
import { makeReadingPdf, pageParagraphs } from '../../api/test/document-factories';
import { describeInBrowser } from './support/browser-suite';
import { addReading, annotate, codePointSpan, registerToApi, reviseReading, signInToApi, startSeminar } from './support/graphql-api';
import { highlightedText, selectPhraseWithMouse } from './support/reading-room';
import { registerInBrowser } from './support/sign-in';

const PASSWORD = 'a-long-enough-passphrase';

describeInBrowser('A reading from a PDF, annotated by page and revised with a preview', (suite) => {
  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  it('uploads a PDF, shows a page-3 annotation as p. 3 in the card and the export, and follows its words into a revised PDF', async () => {
    const stamp = Date.now();
    const email = `convenor.${stamp}@example.org`;
    const page = await suite.newPage();
    await registerInBrowser(page, 'Nadia Convenor', email, PASSWORD);
    const owner = await signInToApi(suite.baseUrl, email, PASSWORD);
    const member = await registerToApi(suite.baseUrl, 'Tomas Reader');
    const seminarId = await startSeminar(owner, `Close reading ${stamp}`, [member]);
    const first = join(tmpdir(), `reading-slowly-${stamp}.pdf`);
    const second = join(tmpdir(), `reading-slowly-2-${stamp}.pdf`);
    await writeFile(first, await makeReadingPdf({ pages: 4 }));
    await writeFile(second, await makeReadingPdf({ pages: 4, revised: true }));

    // The convenor uploads the PDF; its title is prefilled from the document.
    await page.goto(`/seminars/${seminarId}`);
    await page.getByLabel('File (PDF, Word, HTML, Markdown or text)').setInputFiles(first);
    const title = page.getByLabel('Title', { exact: true });
    await page.waitForFunction(() => (document.querySelector('input[name="title"]') as HTMLInputElement | null)?.value === 'Reading Slowly');
    await expect(title.inputValue()).resolves.toBe('Reading Slowly');
    await page.getByRole('button', { name: 'Save reading' }).click();
    await page.getByRole('link', { name: 'Open it' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reading Slowly' }).waitFor();
    const readingId = page.url().split('/readings/')[1].split(/[?#]/)[0];

    // A member annotates a passage on page 3.
    const loaded = await member.request<{ reading: { currentRevision: { text: string } } }>(
      'query R($id: ID!) { reading(id: $id) { currentRevision { text } } }',
      { id: readingId },
    );
    const passage = pageParagraphs(3)[1];
    const annotation = await annotate(member, {
      readingId,
      target: codePointSpan(loaded.reading.currentRevision.text, passage),
      motivation: 'commenting',
      body: 'Why a new paragraph here?',
    });

    await page.reload();
    const card = page.locator('article', { hasText: 'Why a new paragraph here?' }).first();
    await card.getByText('p. 3', { exact: true }).waitFor();
    // The text shows in its margin where each page begins: the passage's block says page 3, and the
    // header counts the pages. The labels are generated content, so the text's characters are unchanged.
    const margin = await page.evaluate((words) => {
      const blocks = [...document.querySelectorAll<HTMLElement>('#reading-text p[data-page]')];
      const holding = [...document.querySelectorAll<HTMLElement>('#reading-text p')].find((p) => p.textContent?.includes(words));
      let labelled: HTMLElement | undefined;
      for (const p of document.querySelectorAll<HTMLElement>('#reading-text p')) {
        if (p.dataset.page) labelled = p;
        if (p === holding) break;
      }
      return { labels: blocks.map((b) => b.dataset.page), before: labelled?.dataset.page, shown: labelled ? getComputedStyle(labelled, '::before').content : null };
    }, passage.slice(0, 30));
    expect(margin.labels).toEqual(['p. 1', 'p. 2', 'p. 3', 'p. 4']);
    expect(margin.before).toBe('p. 3');
    expect(margin.shown).toBe('"p. 3"');
    await page.getByText('4 pages', { exact: false }).first().waitFor();

    const exported = await member.request<{ exportAnnotations: { content: string } }>(
      'query E($input: ExportAnnotationsInput!) { exportAnnotations(input: $input) { content } }',
      { input: { readingId, format: 'WEB_ANNOTATION' } },
    );
    const items = (JSON.parse(exported.exportAnnotations.content) as {
      first: { items: Array<{ id: string; target: { selector: Array<{ type: string; value?: string }> } }> };
    }).first.items;
    const item = items.find((i) => i.id.endsWith(annotation.id))!;
    expect(item.target.selector).toContainEqual(expect.objectContaining({ type: 'FragmentSelector', value: 'page=3' }));

    // The convenor uploads the revised PDF: the preview says what happens before anything is saved.
    await page.getByRole('button', { name: 'Revise this reading' }).click();
    await page.getByLabel('New file (PDF, Word, HTML, Markdown or text)').setInputFiles(second);
    const preview = page.getByRole('status', { name: 'What the revision will do' });
    await preview.getByText(/Saving this as revision 2/).waitFor();
    await preview.getByText(`“${passage}”`, { exact: false }).waitFor();
    await preview.getByText(/Tomas Reader/).waitFor();
    await page.getByLabel('What changed').fill('Second printing');
    await page.getByRole('button', { name: 'Save revision' }).click();
    await page.getByText(/revision 2/).first().waitFor();

    // The annotation followed its words (which changed a little) and is still on page 3.
    const moved = await member.request<{
      annotation: { anchorStatus: string; revisionNumber: number; target: { exact: string }; page: { label: string } };
    }>('query A($id: ID!) { annotation(id: $id) { anchorStatus revisionNumber target { exact } page { label } } }', {
      id: annotation.id,
    });
    expect(moved.annotation).toMatchObject({ revisionNumber: 2, target: { exact: pageParagraphs(3, true)[1] }, page: { label: '3' } });
    await page.locator('article', { hasText: 'Why a new paragraph here?' }).first().getByText('p. 3', { exact: true }).waitFor();
  });

  it('lets the convenor attach one orphan to selected words and dismiss another from the review list', async () => {
    const stamp = Date.now();
    const email = `reviewer.${stamp}@example.org`;
    const page = await suite.newPage();
    await registerInBrowser(page, 'Rosa Convenor', email, PASSWORD);
    const owner = await signInToApi(suite.baseUrl, email, PASSWORD);
    const member = await registerToApi(suite.baseUrl, 'Ivo Reader');
    const seminarId = await startSeminar(owner, `Orphans ${stamp}`, [member]);
    const text = 'The first sentence stays. The second sentence goes away. The third one goes too.';
    const readingId = await addReading(owner, seminarId, 'Orphans', text);
    const kept = await annotate(member, { readingId, target: codePointSpan(text, 'The second sentence goes away'), motivation: 'commenting', body: 'Keep me.' });
    const dropped = await annotate(member, { readingId, target: codePointSpan(text, 'The third one goes too'), motivation: 'commenting', body: 'Drop me.' });
    await reviseReading(owner, readingId, 'The first sentence stays. A new sentence arrives.');

    await page.goto(`/readings/${readingId}`);
    const review = page.getByRole('region', { name: /Passages no longer in the text/ });
    await review.getByText('Keep me.').waitFor();
    await selectPhraseWithMouse(page, 'A new sentence arrives');
    const keptBlock = review.locator('div', { has: page.locator(`[data-annotation-card="${kept.id}"]`) }).last();
    await keptBlock.getByRole('button', { name: 'Attach to the selected words' }).click();
    await page.getByText('The annotation is attached to the selected words.').waitFor({ state: 'attached' });
    await page.locator(`mark[data-ids~="${kept.id}"]`).first().waitFor();
    await expect(highlightedText(page, kept.id)).resolves.toBe('A new sentence arrives');

    const droppedBlock = review.locator('div', { has: page.locator(`[data-annotation-card="${dropped.id}"]`) }).last();
    await droppedBlock.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByRole('region', { name: /Passages no longer in the text/ }).waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Orphans' }).waitFor();
    await expect(page.getByRole('region', { name: /Passages no longer in the text/ }).count()).resolves.toBe(0);
  });
});
