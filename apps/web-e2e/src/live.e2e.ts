import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser-suite';
import { DEMO_PASSWORD, demoReadingText } from './support/demo-seminar';
import { addReading, annotate, ApiSession, codePointSpan, registerToApi, signInToApi, startSeminar } from './support/graphql-api';
import { annotationCard, selectPhraseWithMouse } from './support/reading-room';
import { signInAs } from './support/sign-in';

const HEINBECKER = demoReadingText('heinbecker-peace-theme-human-security.txt');

/**
 * The reading room is live (issue 5, item 6): two members in separate browser contexts on the same
 * reading. What one does appears for the other without a reload, and a member who drops offline
 * catches up on everything once back.
 */
describeInBrowser('The live reading room', (suite) => {
  let owner: ApiSession;
  let ama: ApiSession;
  let ben: ApiSession;

  beforeAll(async () => {
    owner = await registerToApi(suite.baseUrl, 'Live Convenor');
    ama = await signInToApi(suite.baseUrl, 'ama@glossa.demo', DEMO_PASSWORD);
    ben = await signInToApi(suite.baseUrl, 'ben@glossa.demo', DEMO_PASSWORD);
  });

  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  async function openAs(email: string, readingId: string, title: string): Promise<Page> {
    const page = await suite.newPage();
    await signInAs(page, email, DEMO_PASSWORD);
    await page.goto(`/readings/${readingId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.locator('[role="status"][data-state="connected"]').waitFor();
    return page;
  }

  it('shows one member’s highlight to another within a second, who is reading, and catches up after going offline', async () => {
    const title = 'Peace Theme (live)';
    const seminarId = await startSeminar(owner, `Live ${Date.now()}`, [ama, ben]);
    const readingId = await addReading(owner, seminarId, title, HEINBECKER, 'Paul Heinbecker');
    const phrase = 'Victimization and impunity are as old as time';

    const amaPage = await openAs('ama@glossa.demo', readingId, title);
    const benPage = await openAs('ben@glossa.demo', readingId, title);
    await amaPage.getByText('No annotations yet').waitFor();
    await benPage.getByText('No annotations yet').waitFor();

    // Who is reading now: each sees the other.
    await benPage.getByRole('region', { name: /^Reading now: .*Ama Mensah/ }).waitFor();
    await amaPage.getByRole('region', { name: /^Reading now: Ben/ }).waitFor();

    // Ben's page notes when the first new highlight is drawn, by its own clock (the same machine's).
    const drawnAt = benPage.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const seen = () => document.querySelector('[data-reading-text] mark[data-ids]');
          const observer = new MutationObserver(() => {
            if (!seen()) return;
            observer.disconnect();
            resolve(Date.now());
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        }),
    );

    await selectPhraseWithMouse(amaPage, phrase);
    const toolbar = amaPage.getByRole('toolbar', { name: 'Annotate the selected words' });
    await toolbar.waitFor();
    const created = amaPage.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('createAnnotation'));
    await toolbar.getByRole('button', { name: 'Highlight' }).click();
    const response = await created;
    const answeredAt = Date.now();
    const body = (await response.json()) as { data: { createAnnotation: { id: string; threadId: string } } };
    const highlight = body.data.createAnnotation;

    const latency = (await drawnAt) - answeredAt;
    console.log(`Live highlight latency (mutation response → drawn for the other member): ${latency} ms`);
    expect(latency).toBeLessThan(1000);
    await benPage.locator(`mark[data-ids~="${highlight.id}"]`).first().waitFor();
    await annotationCard(benPage, highlight.id).waitFor();
    await suite.screenshot(benPage, 'live-highlight-arrived');
    await suite.screenshot(amaPage, 'live-presence-ama');

    // Ben drops offline: his page says so.
    await benPage.context().setOffline(true);
    await benPage.locator('[role="status"][data-state="reconnecting"]').waitFor({ timeout: 15_000 });
    await suite.screenshot(benPage, 'live-reconnecting');

    // Meanwhile Ama comments on other words, replies to her highlight and agrees with it.
    const comment = await annotate(ama, {
      readingId,
      target: codePointSpan(HEINBECKER, 'authored by the late Dr. Mahbub El-Haq'),
      motivation: 'commenting',
      body: 'Written while Ben was away',
    });
    await ama.request('mutation R($input: ReplyInput!) { reply(input: $input) { id } }', {
      input: { threadId: highlight.threadId, body: 'A reply Ben missed' },
    });
    await ama.request('mutation A($input: ReactInput!) { reactToAnnotation(input: $input) { kind count } }', {
      input: { subjectId: highlight.id, kind: 'AGREE', active: true },
    });
    await amaPage.locator(`[data-annotation-card="${comment.id}"]`).waitFor();

    // Back online, without a reload, Ben's page has all three.
    await benPage.context().setOffline(false);
    await benPage.locator('[role="status"][data-state="connected"]').waitFor({ timeout: 20_000 });
    const commentCard = annotationCard(benPage, comment.id);
    await commentCard.getByText('Written while Ben was away').waitFor({ timeout: 5_000 });
    const highlightCard = annotationCard(benPage, highlight.id);
    await highlightCard.getByText('1 reply').waitFor({ timeout: 5_000 });
    await highlightCard.locator('[title="Agree: 1"]').waitFor({ timeout: 5_000 });
    await suite.screenshot(benPage, 'live-caught-up');
    await highlightCard.click();
    await highlightCard.getByText('A reply Ben missed').waitFor();
    await highlightCard.getByRole('button', { name: 'Agree, 1' }).waitFor();
    await suite.screenshot(benPage, 'live-caught-up-thread');
  });

  it('shows that another member is typing a reply in a thread, and stops showing it when they pause', async () => {
    const title = 'Peace Theme (typing)';
    const seminarId = await startSeminar(owner, `Typing ${Date.now()}`, [ama, ben]);
    const readingId = await addReading(owner, seminarId, title, HEINBECKER, 'Paul Heinbecker');
    const comment = await annotate(owner, {
      readingId,
      target: codePointSpan(HEINBECKER, 'Victimization and impunity are as old as time'),
      motivation: 'commenting',
      body: 'Is impunity really as old as time?',
    });
    const amaPage = await openAs('ama@glossa.demo', readingId, title);
    const benPage = await openAs('ben@glossa.demo', readingId, title);
    const amaCard = annotationCard(amaPage, comment.id);
    const benCard = annotationCard(benPage, comment.id);
    await amaCard.click();
    await benCard.click();
    const composer = amaCard.getByRole('combobox', { name: 'Reply to Live Convenor' });
    await composer.waitFor();
    await benCard.getByRole('combobox', { name: 'Reply to Live Convenor' }).waitFor();

    await composer.pressSequentially('Not in every', { delay: 20 });
    const typing = benCard.getByRole('status').filter({ hasText: 'Ama Mensah is typing…' });
    await typing.waitFor({ timeout: 5_000 });
    await suite.screenshot(benPage, 'live-typing');
    // Ama's own page does not tell her she is typing.
    expect(await amaCard.getByText('is typing…').count()).toBe(0);
    // A pause of a few seconds and the line goes.
    await typing.waitFor({ state: 'detached', timeout: 8_000 });
  });

  it('closes a discussion on a member’s open page the moment a moderator locks it', async () => {
    const title = 'Peace Theme (locked)';
    const seminarId = await startSeminar(owner, `Locked ${Date.now()}`, [ama]);
    const readingId = await addReading(owner, seminarId, title, HEINBECKER, 'Paul Heinbecker');
    const comment = await annotate(owner, {
      readingId,
      target: codePointSpan(HEINBECKER, 'Victimization and impunity are as old as time'),
      motivation: 'commenting',
      body: 'Is impunity really as old as time?',
    });
    const page = await openAs('ama@glossa.demo', readingId, title);
    const card = annotationCard(page, comment.id);
    await card.click();
    const composer = card.getByRole('combobox', { name: 'Reply to Live Convenor' });
    await composer.waitFor();

    await owner.request('mutation M($input: ModeratePostInput!) { moderatePost(input: $input) { id } }', {
      input: { subjectType: 'ANNOTATION', subjectId: comment.id, action: 'LOCK_THREAD', reason: 'Cooling down.' },
    });
    await card.getByText('A moderator locked this discussion: no new replies.').waitFor({ timeout: 5_000 });
    expect(await composer.count()).toBe(0);
    await suite.screenshot(page, 'live-thread-locked');
  });

  it('cites selected words in a debate: highlights them and opens the debate with the passage', async () => {
    const title = 'Peace Theme (cite)';
    const seminarId = await startSeminar(owner, `Cite ${Date.now()}`, [ama]);
    const readingId = await addReading(owner, seminarId, title, HEINBECKER, 'Paul Heinbecker');
    const debate = await owner.request<{ createDebate: { id: string } }>('mutation D($input: CreateDebateInput!) { createDebate(input: $input) { id } }', {
      input: { seminarId, motion: 'Human security should guide foreign policy', proLabel: 'Yes', conLabel: 'No', readingIds: [readingId] },
    });

    const page = await openAs('ama@glossa.demo', readingId, title);
    await selectPhraseWithMouse(page, 'Victimization and impunity are as old as time');
    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selected words' });
    await toolbar.waitFor();
    const created = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('createAnnotation'));
    await toolbar.getByRole('button', { name: 'Cite in debate' }).click();
    const body = (await (await created).json()) as { data: { createAnnotation: { id: string } } };
    await page.waitForURL(`**/debates/${debate.createDebate.id}?cite=${body.data.createAnnotation.id}`);
    await page.getByText('Victimization and impunity are as old as time').first().waitFor();
    await suite.screenshot(page, 'live-cite-in-debate');
  });
});
