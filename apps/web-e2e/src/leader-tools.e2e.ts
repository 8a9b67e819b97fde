import { readFile } from 'node:fs/promises';
import { describeInBrowser } from './support/browser-suite';
import { addReading, annotate, codePointSpan, registerToApi, signInToApi, startSeminar } from './support/graphql-api';
import { registerInBrowser } from './support/sign-in';

const TEXT =
  'Sovereignty is a responsibility, not only a right.\n\n' +
  'When a state fails its people, the duty passes to others.\n\n' +
  'The Council must decide when intervention is warranted.';
const PASSWORD = 'a-long-enough-passphrase';

describeInBrowser('Leader tools: the discussion map and participation', (suite) => {
  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  it('lets the leader open the discussion map, go to the most questioned passage, sort the participation table and download it as CSV', async () => {
    const stamp = Date.now();
    const email = `lena.${stamp}@example.org`;
    const page = await suite.newPage();
    await registerInBrowser(page, 'Lena Convenor', email, PASSWORD);
    const owner = await signInToApi(suite.baseUrl, email, PASSWORD);
    const member = await registerToApi(suite.baseUrl, 'Kofi Reader');
    // A name a spreadsheet would run as a formula: the CSV must defuse it.
    await member.request('mutation N($input: ChangeDisplayNameInput!) { changeDisplayName(input: $input) { id } }', {
      input: { displayName: '=HYPERLINK("x")' },
    });
    const seminarId = await startSeminar(owner, `Leader tools ${stamp}`, [member]);
    const readingId = await addReading(owner, seminarId, 'The Responsibility to Protect', TEXT);
    for (const phrase of ['a state fails', 'the duty passes'])
      await annotate(member, { readingId, target: codePointSpan(TEXT, phrase), motivation: 'questioning', body: 'Who decides?' });
    const comment = await annotate(member, { readingId, target: codePointSpan(TEXT, 'Sovereignty'), motivation: 'commenting', body: 'Yes.' });
    await owner.request('mutation R($input: ReplyInput!) { reply(input: $input) { id } }', {
      input: { threadId: comment.threadId, body: 'Not quite.' },
    });

    // The discussion map: a strip of passages, each named with its counts, and the ranked lists.
    await page.goto(`/readings/${readingId}`);
    const map = page.getByRole('region', { name: 'Discussion map' });
    await map.getByRole('button', { name: 'Discussion map' }).click();
    const strip = map.getByRole('list', { name: 'Passages in reading order' });
    await strip
      .getByRole('button', { name: 'Passage 2: 2 annotations, 2 questions, disagreement 0 (0 disagree reactions, 0 replies, 0 PRO claims, 0 CON claims)' })
      .waitFor();
    await strip.getByRole('button', { name: /^Passage 1: 1 annotation, 0 questions, disagreement 1 / }).waitFor();
    const questioned = map.getByRole('region', { name: 'Most questioned' });
    const top = questioned.getByRole('button', { name: /Passage 2 · 2 questions/ });
    await top.waitFor();
    await top.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith('When a state fails its people') ?? false);

    // Participation, from the seminar page.
    await page.goto(`/seminars/${seminarId}`);
    await page.getByRole('link', { name: 'Participation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Participation' }).waitFor();
    await page.getByText('Glossa does not record time on a page').waitFor();
    const table = page.getByRole('table');
    const questions = table.getByRole('columnheader', { name: 'Questions' });
    await questions.getByRole('button').click();
    await expect(questions.getAttribute('aria-sort')).resolves.toBe('descending');
    const firstRow = table.getByRole('row').nth(1);
    await expect(firstRow.getByRole('rowheader').textContent()).resolves.toContain('=HYPERLINK("x")');
    await expect(firstRow.getByRole('cell').nth(1).textContent()).resolves.toBe('2');
    await questions.getByRole('button').click();
    await expect(questions.getAttribute('aria-sort')).resolves.toBe('ascending');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`participation-leader-tools-${stamp}.csv`);
    const lines = (await readFile(await download.path(), 'utf8')).trim().split('\r\n');
    expect(lines[0]).toBe('Member,Role,Annotations,Questions,Replies given,Replies received,Reactions received,Claims,Evidence cited,Votes');
    expect(lines).toContain(`"'=HYPERLINK(""x"")",MEMBER,3,2,0,1,0,0,0,0`);
    expect(lines).toContain('Lena Convenor,OWNER,0,0,1,0,0,0,0,0');
    expect(lines).toHaveLength(3);
  });
});
