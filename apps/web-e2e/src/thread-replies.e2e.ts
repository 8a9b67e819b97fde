import type { Page, Response } from 'playwright-core';
import { describeInBrowser } from './support/browser-suite';
import { DEMO_PASSWORD } from './support/demo-seminar';
import { addReading, annotate, ApiSession, codePointSpan, registerToApi, signInToApi, startSeminar } from './support/graphql-api';
import { annotationCard } from './support/reading-room';
import { signInAs } from './support/sign-in';

const TEXT = 'Today most wars are now intrastate, and their victims are mostly civilians. Impunity is as old as time.';

/** Waits until `read` gives `wanted` (the page's own timing decides when). */
async function until<T>(read: () => T | Promise<T>, wanted: T, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await read()) !== wanted) {
    if (Date.now() > deadline) throw new Error(`Still ${String(await read())}, not ${String(wanted)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The GraphQL answers the page receives for `operation`, as text. */
function answersTo(page: Page, operation: string): string[] {
  const bodies: string[] = [];
  page.on('response', (response: Response) => {
    if (!response.url().endsWith('/graphql')) return;
    if (!(response.request().postData() ?? '').includes(`"operationName":"${operation}"`)) return;
    void response.text().then((body) => bodies.push(body), () => undefined);
  });
  return bodies;
}

describeInBrowser('Loading a reading’s threads in Glossa', (suite) => {
  let owner: ApiSession;
  let ama: ApiSession;
  let ben: ApiSession;

  beforeAll(async () => {
    owner = await registerToApi(suite.baseUrl, 'Thea Convenor');
    ama = await signInToApi(suite.baseUrl, 'ama@glossa.demo', DEMO_PASSWORD);
    ben = await signInToApi(suite.baseUrl, 'ben@glossa.demo', DEMO_PASSWORD);
  });

  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  it('loads replies when a thread opens, not with the reading, and not again when it opens again', async () => {
    const seminarId = await startSeminar(owner, `Threads ${Date.now()}`, [ama, ben]);
    const title = 'Peace Theme (threads on opening)';
    const readingId = await addReading(owner, seminarId, title, TEXT, 'Paul Heinbecker');
    const note = await annotate(ama, { readingId, target: codePointSpan(TEXT, 'most wars are now intrastate'), motivation: 'commenting', body: 'Is this still true?' });
    const reply = (body: string) =>
      ben.request('mutation R($input: ReplyInput!) { reply(input: $input) { id } }', { input: { threadId: note.threadId, body } });
    await reply('Mostly, yes: civil wars dominate.');

    const page = await suite.newPage();
    await signInAs(page, 'ama@glossa.demo', DEMO_PASSWORD);
    const readingAnswers = answersTo(page, 'ReadingAnnotations');
    const threadAnswers = answersTo(page, 'MoreReplies');
    await page.goto(`/readings/${readingId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const mark = page.locator(`mark[data-ids~="${note.id}"]`).first();
    await mark.waitFor();
    // The highlight still says how many replies its thread holds, though none was loaded.
    await expect(mark.getAttribute('aria-label')).resolves.toBe('Highlight by Ama Mensah, 1 annotation, 1 reply');
    await until(() => readingAnswers.length, 1);
    expect(readingAnswers[0]).toContain('Is this still true?');
    expect(readingAnswers[0]).not.toContain('civil wars dominate');
    expect(threadAnswers).toEqual([]);

    await mark.click();
    const card = annotationCard(page, note.id);
    const thread = card.getByRole('region', { name: /^Discussion/ });
    await thread.getByText('Mostly, yes: civil wars dominate.').waitFor();
    await until(() => threadAnswers.length, 1);
    expect(threadAnswers[0]).toContain('civil wars dominate');

    // Open, it takes the replies that arrive live.
    await reply('Though interstate tension is back.');
    await thread.getByText('Though interstate tension is back.').waitFor();
    await expect(thread.getByRole('listitem', { name: /^Reply by/ }).count()).resolves.toBe(2);

    // Closed and opened again, the thread is not fetched twice.
    await card.press('Escape');
    await card.click({ position: { x: 10, y: 10 } });
    await thread.getByText('Mostly, yes: civil wars dominate.').waitFor();
    expect(threadAnswers.length).toBe(1);
  });
});
