import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser-suite';
import { DEMO_PASSWORD, demoReadingText } from './support/demo-seminar';
import { addReading, ApiSession, codePointSpan, registerToApi, signInToApi, startSeminar } from './support/graphql-api';
import { selectPhraseWithMouse } from './support/reading-room';
import { signInAs } from './support/sign-in';

const TEXT = demoReadingText('heinbecker-peace-theme-human-security.txt');
const TITLE = 'Peace Theme (live session)';

/** Where the block marked as spotlit is, relative to the viewport (null: none marked). */
function spotlitTop(page: Page): Promise<number | null> {
  return page.evaluate(() => document.querySelector('[data-spotlit]')?.getBoundingClientRect().top ?? null);
}

/** The page's scroll position once a (smooth) scroll has come to rest. */
async function settledScroll(page: Page): Promise<number> {
  let last = await page.evaluate(() => window.scrollY);
  for (;;) {
    await page.waitForTimeout(300);
    const now = await page.evaluate(() => window.scrollY);
    if (now === last) return now;
    last = now;
  }
}

async function inView(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const top = document.querySelector('[data-spotlit]')?.getBoundingClientRect().top;
    return top !== undefined && top >= 0 && top < window.innerHeight;
  });
}

/**
 * Live seminar mode (issue 15): a facilitator and two members in three browser contexts. A spotlight
 * moves both members' views; a member who scrolls away stops following; a poll's tally reaches all
 * three live; a member who reloads mid-poll comes back to the tally and their own answer.
 */
describeInBrowser('A live seminar session', (suite) => {
  let owner: ApiSession;
  let ama: ApiSession;
  let ben: ApiSession;
  let mod: ApiSession;

  beforeAll(async () => {
    owner = await registerToApi(suite.baseUrl, 'Session Convenor');
    ama = await signInToApi(suite.baseUrl, 'ama@glossa.demo', DEMO_PASSWORD);
    ben = await signInToApi(suite.baseUrl, 'ben@glossa.demo', DEMO_PASSWORD);
    mod = await signInToApi(suite.baseUrl, 'moderator@glossa.demo', DEMO_PASSWORD);
  });

  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  async function join(email: string, readingId: string): Promise<Page> {
    const page = await suite.newPage();
    await signInAs(page, email, DEMO_PASSWORD);
    await page.goto(`/readings/${readingId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('button', { name: 'Join the live session' }).click();
    await page.getByRole('region', { name: 'Live session' }).getByText('Led by Ama Mensah').waitFor();
    return page;
  }

  it('moves members to a spotlight, stops following one who scrolls away, and brings a poll’s tally to everyone, even after a reload', async () => {
    const seminarId = await startSeminar(owner, `Live session ${Date.now()}`, [ama, ben, mod]);
    const readingId = await addReading(owner, seminarId, TITLE, TEXT, 'Paul Heinbecker');
    const started = await owner.request<{ startLiveSession: { id: string } }>(
      'mutation($input: StartLiveSessionInput!) { startLiveSession(input: $input) { id } }',
      { input: { subjectType: 'READING', subjectId: readingId } },
    );
    const sessionId = started.startLiveSession.id;
    await owner.request('mutation($input: HandLiveFacilitatorInput!) { handLiveFacilitator(input: $input) { id } }', {
      input: { sessionId, userId: ama.userId },
    });

    const amaPage = await join('ama@glossa.demo', readingId);
    const benPage = await join('ben@glossa.demo', readingId);
    const modPage = await join('moderator@glossa.demo', readingId);
    await amaPage.getByText('3 present').waitFor();

    // A spotlight far down the text: both members' views scroll to it and mark it.
    const far = 'Poverty alleviation is important';
    await amaPage.getByLabel('Note for the spotlight').fill('Start here');
    await selectPhraseWithMouse(amaPage, far);
    await amaPage.getByRole('button', { name: 'Spotlight selection' }).click();
    for (const page of [benPage, modPage]) {
      await page.getByRole('region', { name: 'Live session' }).getByText('Start here').waitFor();
      await inView(page);
    }
    await suite.screenshot(benPage, 'live-session-spotlight');

    // Ben scrolls away: he stops following and is offered to follow again.
    await benPage.mouse.move(640, 700);
    await benPage.mouse.wheel(0, -4000);
    await benPage.getByRole('button', { name: 'Follow again' }).waitFor();
    const benScroll = await settledScroll(benPage);

    // The next spotlight moves the moderator, not Ben.
    const later = codePointSpan(TEXT, 'There is more to Canadian forgein policy');
    await ama.request('mutation($input: SpotlightInput!) { spotlight(input: $input) { id } }', {
      input: { sessionId, selection: { start: later.start, end: later.end }, note: 'And here' },
    });
    await modPage.getByRole('region', { name: 'Live session' }).getByText('And here').waitFor();
    await inView(modPage);
    await benPage.getByRole('region', { name: 'Live session' }).getByText('And here').waitFor();
    await benPage.waitForTimeout(1500);
    expect(await settledScroll(benPage)).toBe(benScroll);
    expect(await spotlitTop(benPage)).not.toBeNull();

    // A poll: two answers, and every screen's tally shows both, live.
    await amaPage.getByLabel('Poll question').fill('Who should decide?');
    await amaPage.getByLabel('Options, one per line').fill('States\nPeople');
    await amaPage.getByRole('button', { name: 'Ask' }).click();
    await benPage.getByRole('radio', { name: 'People' }).check();
    await modPage.getByRole('radio', { name: 'States' }).check();
    for (const page of [amaPage, benPage, modPage]) await page.locator('[data-poll-tally="1,1"]').waitFor();
    await suite.screenshot(amaPage, 'live-session-poll');

    // Ben reloads mid-poll: back in the session with the tally and his own answer.
    await benPage.reload();
    await benPage.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await benPage.locator('[data-poll-tally="1,1"]').waitFor();
    await benPage.getByRole('radio', { name: 'People', checked: true }).waitFor();
    await benPage.getByText('People (your answer): 1 (50%)').waitFor();
  });
});
