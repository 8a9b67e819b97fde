import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser-suite';
import { DEMO_PASSWORD, demoReadingText } from './support/demo-seminar';
import {
  addReading,
  annotate,
  ApiSession,
  codePointSpan,
  registerToApi,
  signInToApi,
  startSeminar,
} from './support/graphql-api';
import { annotationCard } from './support/reading-room';
import { signInAs } from './support/sign-in';

const TEXT = demoReadingText('heinbecker-peace-theme-human-security.txt');
const TITLE = 'Peace Theme (live spotlight)';
const MOTION = 'Human security should be the measure of foreign policy';

/** Waits until the element matching `selector` is marked as spotlit and inside the viewport. */
async function spotlitInView(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((css) => {
    const top = document.querySelector(css)?.getBoundingClientRect().top;
    return top !== undefined && top >= 0 && top < window.innerHeight;
  }, selector);
}

/**
 * Spotlighting from a card (issue 15): the facilitator spotlights an annotation from its card in the
 * reading room, or a claim from its card in a debate; every member's view goes there and marks it.
 * Members who do not lead see no such button.
 */
describeInBrowser('Spotlighting an annotation or a claim in a live session', (suite) => {
  let owner: ApiSession;
  let ama: ApiSession;
  let ben: ApiSession;

  beforeAll(async () => {
    owner = await registerToApi(suite.baseUrl, 'Spotlight Convenor');
    ama = await signInToApi(suite.baseUrl, 'ama@glossa.demo', DEMO_PASSWORD);
    ben = await signInToApi(suite.baseUrl, 'ben@glossa.demo', DEMO_PASSWORD);
  });

  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  /** A live session on the subject, started by the convenor and led by Ama. */
  async function sessionLedByAma(subjectType: 'READING' | 'DEBATE', subjectId: string): Promise<string> {
    const started = await owner.request<{ startLiveSession: { id: string } }>(
      'mutation($input: StartLiveSessionInput!) { startLiveSession(input: $input) { id } }',
      { input: { subjectType, subjectId } },
    );
    const sessionId = started.startLiveSession.id;
    await owner.request('mutation($input: HandLiveFacilitatorInput!) { handLiveFacilitator(input: $input) { id } }', {
      input: { sessionId, userId: ama.userId },
    });
    return sessionId;
  }

  async function join(email: string, path: string, heading: string): Promise<Page> {
    const page = await suite.newPage();
    await signInAs(page, email, DEMO_PASSWORD);
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.getByRole('button', { name: 'Join the live session' }).click();
    await page.getByRole('region', { name: 'Live session' }).getByText('Led by Ama Mensah').waitFor();
    return page;
  }

  it('spotlights an annotation from its card: the member’s view scrolls to its passage and marks it', async () => {
    const seminarId = await startSeminar(owner, `Spotlight annotation ${Date.now()}`, [ama, ben]);
    const readingId = await addReading(owner, seminarId, TITLE, TEXT, 'Paul Heinbecker');
    const annotation = await annotate(ben, {
      readingId,
      target: codePointSpan(TEXT, 'Victimization and impunity are as old as time'),
      motivation: 'commenting',
      body: 'Old threats, new globalization.',
    });
    const sessionId = await sessionLedByAma('READING', readingId);
    const amaPage = await join('ama@glossa.demo', `/readings/${readingId}`, TITLE);
    const benPage = await join('ben@glossa.demo', `/readings/${readingId}`, TITLE);

    // Ben is taken far down the text first, so the annotation's passage is out of his view.
    const far = codePointSpan(TEXT, 'Poverty alleviation is important');
    await ama.request('mutation($input: SpotlightInput!) { spotlight(input: $input) { id } }', {
      input: { sessionId, selection: { start: far.start, end: far.end }, note: 'Down here first' },
    });
    await benPage.getByRole('region', { name: 'Live session' }).getByText('Down here first').waitFor();
    await spotlitInView(benPage, '[data-offset][data-spotlit]');
    expect(
      await annotationCard(benPage, annotation.id).getByRole('button', { name: 'Spotlight this annotation' }).count(),
    ).toBe(0);

    const card = annotationCard(amaPage, annotation.id);
    await card.getByRole('button', { name: 'Spotlight this annotation' }).click();
    const form = card.getByRole('form', { name: 'Spotlight this annotation' });
    await form.getByLabel('Spotlight note (optional)').fill('Is this still true?');
    await suite.screenshot(amaPage, 'live-spotlight-annotation-note');
    await form.getByRole('button', { name: 'Spotlight', exact: true }).click();
    await card.getByRole('button', { name: 'Spotlight this annotation' }).waitFor();

    await benPage.getByRole('region', { name: 'Live session' }).getByText('Is this still true?').waitFor();
    await spotlitInView(benPage, `[data-offset][data-spotlit]:has(mark[data-ids~="${annotation.id}"])`);
    expect(await benPage.locator('[data-offset][data-spotlit]').count()).toBe(1);
    const benCard = annotationCard(benPage, annotation.id);
    await benCard.and(benPage.locator('[data-spotlit]')).waitFor();
    await benCard.getByText('In the spotlight').waitFor();
    await suite.screenshot(benPage, 'live-spotlight-annotation');
  });

  it('spotlights a claim from its card: the member’s debate view goes to the claim and marks it', async () => {
    const seminarId = await startSeminar(owner, `Spotlight claim ${Date.now()}`, [ama, ben]);
    const created = await owner.request<{ createDebate: { id: string } }>(
      'mutation D($input: CreateDebateInput!) { createDebate(input: $input) { id } }',
      { input: { seminarId, motion: MOTION, proLabel: 'Yes', conLabel: 'No', readingIds: [] } },
    );
    const debateId = created.createDebate.id;
    const addClaim = async (body: string, parentId: string | null): Promise<string> => {
      const added = await owner.request<{ addClaim: { id: string } }>(
        'mutation C($input: AddClaimInput!) { addClaim(input: $input) { id } }',
        { input: { debateId, body, stance: 'PRO', parentId } },
      );
      return added.addClaim.id;
    };
    const top = await addClaim('People, not states, bear the cost of war.', null);
    const nested = await addClaim('Ninety percent of the casualties are civilians.', top);
    await sessionLedByAma('DEBATE', debateId);

    // Ama has drilled into the claim the nested one answers; Ben is on the motion, where it is not shown.
    const amaPage = await join('ama@glossa.demo', `/debates/${debateId}?claim=${top}`, MOTION);
    const benPage = await join('ben@glossa.demo', `/debates/${debateId}`, MOTION);
    await benPage.locator(`[data-claim-id="${top}"]`).waitFor();
    expect(await benPage.locator(`[data-claim-id="${nested}"]`).count()).toBe(0);
    expect(await benPage.getByRole('button', { name: 'Spotlight this claim' }).count()).toBe(0);

    const card = amaPage.locator(`[data-claim-id="${nested}"]`);
    await card.getByRole('button', { name: 'Spotlight this claim' }).click();
    const form = card.getByRole('form', { name: 'Spotlight this claim' });
    await form.getByLabel('Spotlight note (optional)').fill('Take this one');
    await form.getByRole('button', { name: 'Spotlight', exact: true }).click();
    await amaPage.locator(`[data-claim-id="${nested}"][data-spotlit]`).waitFor();

    await benPage.getByRole('region', { name: 'Live session' }).getByText('Take this one').waitFor();
    await benPage.waitForURL(`**/debates/${debateId}?claim=${top}`);
    await spotlitInView(benPage, `[data-claim-id="${nested}"][data-spotlit]`);
    await benPage.locator(`[data-claim-id="${nested}"]`).getByText('In the spotlight').waitFor();
    expect(await benPage.locator('[data-claim-id][data-spotlit]').count()).toBe(1);
    await suite.screenshot(benPage, 'live-spotlight-claim');
  });
});
