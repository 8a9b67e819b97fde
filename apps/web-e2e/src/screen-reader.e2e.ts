import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser-suite';
import { DEMO_PASSWORD, demoReadingText } from './support/demo-seminar';
import { addReading, annotate, ApiSession, codePointSpan, registerToApi, signInToApi, startSeminar } from './support/graphql-api';
import { selectPhraseWithoutMouse } from './support/reading-room';
import { signInAs } from './support/sign-in';

const HEINBECKER = demoReadingText('heinbecker-peace-theme-human-security.txt');
const TITLE = 'Peace Theme (screen reader)';
const SENTENCE = 'The components of human security are not new.';

/**
 * What a screen reader is told (issue 16), read from Playwright's accessibility snapshot
 * (`locator.ariaSnapshot()`): highlights name who made them and how many annotations and replies
 * they hold; the toolbar, filters and threads have names and roles; the end of a slow-mode wait
 * and of a live round is said in a polite live region.
 */
describeInBrowser('What a screen reader hears', (suite) => {
  let owner: ApiSession;
  let ama: ApiSession;
  let ben: ApiSession;

  beforeAll(async () => {
    owner = await registerToApi(suite.baseUrl, 'Names Convenor');
    ama = await signInToApi(suite.baseUrl, 'ama@glossa.demo', DEMO_PASSWORD);
    ben = await signInToApi(suite.baseUrl, 'ben@glossa.demo', DEMO_PASSWORD);
  });

  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  async function openReading(page: Page, readingId: string): Promise<void> {
    await signInAs(page, 'ama@glossa.demo', DEMO_PASSWORD);
    await page.goto(`/readings/${readingId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  }

  it('names each highlight with who made it and how many annotations and replies it holds', async () => {
    const seminarId = await startSeminar(owner, `Names ${Date.now()}`, [ama, ben]);
    const readingId = await addReading(owner, seminarId, TITLE, HEINBECKER, 'Paul Heinbecker');
    // Nested passages: Ama's sentence, Ben's "human security" in it, the convenor's "security" in that.
    await annotate(ama, { readingId, target: codePointSpan(HEINBECKER, SENTENCE), motivation: 'commenting', body: 'Old threats.' });
    const bens = await annotate(ben, { readingId, target: codePointSpan(HEINBECKER, 'human security are'), motivation: 'questioning', body: 'Which ones?' });
    await annotate(owner, { readingId, target: codePointSpan(HEINBECKER, 'security'), motivation: 'highlighting' });
    await ama.request('mutation R($input: ReplyInput!) { reply(input: $input) { id } }', { input: { threadId: bens.threadId, body: 'Hunger, for one.' } });

    const page = await suite.newPage();
    await openReading(page, readingId);
    const text = page.locator('[data-reading-text]');
    await text.locator('mark[data-ids]').first().waitFor();
    const snapshot = await text.ariaSnapshot();
    expect(snapshot).toContain('- group "Highlight by Ama Mensah, 1 annotation": The components of');
    expect(snapshot).toContain('- group "Highlight by Ben Carter and Ama Mensah, 2 annotations, 1 reply": human');
    expect(snapshot).toContain('- group "Highlight by Names Convenor and 2 others, 3 annotations, 1 reply": security');
    expect(snapshot).toContain('- group "Highlight by Ben Carter and Ama Mensah, 2 annotations, 1 reply": are');
    expect(snapshot).toContain('- group "Highlight by Ama Mensah, 1 annotation": not new.');

    // The selection toolbar and the filters, as the snapshot names them.
    await selectPhraseWithoutMouse(page, 'Victimization and impunity');
    await page.keyboard.press('Alt+A');
    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selected words' });
    await toolbar.waitFor();
    const tools = await toolbar.ariaSnapshot();
    expect(tools).toContain('- toolbar "Annotate the selected words"');
    for (const name of ['Highlight', 'Comment', 'Question', 'Cite in debate', 'Colour: yellow', 'Private: only me']) expect(tools).toContain(`button "${name}"`);
    await page.keyboard.press('Escape');
    // The threads: cards named by kind, author and passage; folded ones say how many.
    const sidebar = page.getByRole('complementary', { name: 'Annotations' });
    const cards = await sidebar.ariaSnapshot();
    expect(cards).toContain('- heading "Annotations 3" [level=2]');
    expect(cards).toContain('- article "Comment by Ama Mensah on “The components of human security are not new.”"');
    expect(cards).toContain('- button "2 more annotations on these lines"');
    await sidebar.getByRole('button', { name: 'Filter' }).click();
    const filters = sidebar.getByRole('group', { name: 'Filter annotations' });
    await filters.waitFor();
    await expect(filters.ariaSnapshot()).resolves.toContain('- group "Filter annotations"');
  });

  it('says when a slow-mode wait is over', async () => {
    const seminarId = await startSeminar(owner, `Slow ${Date.now()}`, [ama]);
    const created = await owner.request<{ createDebate: { id: string } }>('mutation D($input: CreateDebateInput!) { createDebate(input: $input) { id } }', {
      input: { seminarId, motion: 'Sanctions protect civilians', proLabel: 'Yes', conLabel: 'No', slowModeSeconds: 10 },
    });
    const debateId = created.createDebate.id;
    await ama.request('mutation C($input: AddClaimInput!) { addClaim(input: $input) { id } }', {
      input: { debateId, stance: 'PRO', body: 'Targeted sanctions spare the many.' },
    });

    const page = await suite.newPage();
    await signInAs(page, 'ama@glossa.demo', DEMO_PASSWORD);
    await page.goto(`/debates/${debateId}`);
    await page.getByRole('button', { name: 'Add a claim: Yes' }).click();
    await page.getByLabel('Your claim').fill('And they can be lifted step by step.');
    await page.getByRole('button', { name: 'Post claim' }).click();
    await page.getByRole('timer').getByText(/Slow mode is on/).waitFor();
    const status = page.getByRole('status').filter({ hasText: 'Slow mode: you can post your next claim now.' });
    // The region is on the page, empty, before the wait ends: a screen reader hears it fill.
    await expect(status.count()).resolves.toBe(0);
    await status.waitFor({ timeout: 15_000 });
    await expect(status.ariaSnapshot()).resolves.toBe('- status: "Slow mode: you can post your next claim now."');
    await expect(page.getByRole('button', { name: 'Post claim' }).isEnabled()).resolves.toBe(true);
  });

  it('says when a live round starts and when it is closed', async () => {
    const seminarId = await startSeminar(owner, `Rounds ${Date.now()}`, [ama]);
    const readingId = await addReading(owner, seminarId, TITLE, HEINBECKER, 'Paul Heinbecker');
    const started = await owner.request<{ startLiveSession: { id: string } }>(
      'mutation($input: StartLiveSessionInput!) { startLiveSession(input: $input) { id } }',
      { input: { subjectType: 'READING', subjectId: readingId } },
    );
    const sessionId = started.startLiveSession.id;
    const page = await suite.newPage();
    await openReading(page, readingId);
    await page.getByRole('button', { name: 'Join the live session' }).click();
    const panel = page.getByRole('region', { name: 'Live session' });
    await panel.getByText('Led by Names Convenor').waitFor();

    const round = await owner.request<{ startLiveRound: { id: string } }>('mutation($input: StartLiveRoundInput!) { startLiveRound(input: $input) { id } }', {
      input: { sessionId, prompt: 'Name one new threat', seconds: 120 },
    });
    const opened = panel.getByRole('status').filter({ hasText: 'Round open' });
    await opened.waitFor();
    await expect(opened.ariaSnapshot()).resolves.toBe('- status: "Round open: “Name one new threat”, 2 minutes."');
    await owner.request('mutation($input: LiveRoundRefInput!) { closeLiveRound(input: $input) { id } }', { input: { roundId: round.startLiveRound.id } });
    const closed = panel.getByRole('status').filter({ hasText: 'Round closed' });
    await closed.waitFor();
    await expect(closed.ariaSnapshot()).resolves.toBe('- status: "Round closed: “Name one new threat”."');
  });
});
