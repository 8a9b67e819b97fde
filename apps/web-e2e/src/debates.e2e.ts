import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser-suite';
import { DEMO_PASSWORD, demoSeminarCard, loadDemoSeminar } from './support/demo-seminar';
import { submitSignIn } from './support/sign-in';

const demo = loadDemoSeminar();
const [intervention] = demo.debates;
const [proLabel, conLabel] = intervention.sides;
const coalitions = demo.readings.find((r) => r.file.startsWith('coalitions'));
if (!coalitions) throw new Error('The demo seminar no longer has the reading on coalitions this test cites');

/** Signs in through the form and opens the first demo motion from the seminars page. */
async function openDebate(page: Page, email: string): Promise<string> {
  await page.goto('/sign-in');
  await submitSignIn(page, email, DEMO_PASSWORD);
  await page.getByRole('heading', { level: 1, name: 'Your seminars' }).waitFor();
  await page.getByRole('link', { name: intervention.motion }).click();
  await page.getByRole('heading', { level: 1, name: intervention.motion }).waitFor();
  await page.getByText('Live', { exact: true }).waitFor();
  return page.url();
}

/** "45 s" or "1:05" as seconds. */
/** Reads a wait as formatWait writes it: "45 s", "1:05" or "5 min". */
function toSeconds(text: string): number {
  const clock = /^(\d+):(\d{2})$/.exec(text.trim());
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const minutes = /^(\d+)\s*min$/.exec(text.trim());
  return minutes ? Number(minutes[1]) * 60 : Number.parseInt(text, 10);
}

function column(page: Page, label: string) {
  return page.getByRole('region', { name: new RegExp(`^${label}`) });
}

describeInBrowser('Debates and the moderation desk', (suite) => {
  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.stack ?? e.message)).toEqual([]);
  });

  it('shows the seeded claims on both sides with the passages they cite, and drills into a claim', async () => {
    const page = await suite.newPage();
    await openDebate(page, 'ben@glossa.demo');

    const pro = column(page, proLabel);
    const con = column(page, conLabel);
    const genocide = pro.getByRole('article').filter({ hasText: 'Genocide Convention' });
    await genocide.waitFor();
    const quote = genocide.getByRole('link', {
      name: 'the Security Council might draw legal authority to intervene in cases of genocide',
    });
    await expect(quote.getAttribute('href')).resolves.toMatch(/^\/readings\/[0-9a-f-]{36}\?annotation=[0-9a-f-]{36}$/);
    await genocide.getByText(coalitions.title).waitFor();
    await genocide.getByRole('group', { name: 'Your rating of its impact' }).waitFor();

    const thakur = con.getByRole('article').filter({ hasText: 'Thakur’s point' });
    await thakur.getByRole('link', { name: 'the two should be seen as coexisting' }).waitFor();
    await con
      .getByRole('article')
      .filter({ hasText: 'adding legal obligations' })
      .getByText(/scepticism that human security/)
      .waitFor();
    await suite.screenshot(page, 'debate-motion', { fullPage: true });

    // Its own pros and cons, with a way back.
    await thakur.getByRole('button', { name: /0 pro.*1 con/ }).click();
    await page.getByRole('region', { name: /^Cons/ }).getByText('Coexistence holds in ordinary times').waitFor();
    await page
      .getByRole('navigation', { name: 'Where you are in the argument' })
      .getByText(/Thakur’s point/)
      .waitFor();
    await suite.screenshot(page, 'debate-drill-in', { fullPage: true });
    await page.getByRole('link', { name: 'The motion' }).click();
    await column(page, proLabel).getByText('Genocide Convention').first().waitFor();

    await page.getByRole('radio', { name: 'Newest' }).click();
    await page.waitForURL(/sort=NEWEST/);
    // The radio re-renders after the URL changes: wait for it rather than read it once.
    await page.getByRole('radio', { name: 'Newest', checked: true }).waitFor();
    await column(page, conLabel).getByText('Thakur’s point').waitFor();

    // One column on a phone, nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).resolves.toBeLessThanOrEqual(0);
    await suite.screenshot(page, 'debate-phone');
  });

  it('holds a member’s claim for a moderator, who approves it live from the desk, and then every member sees it', async () => {
    const claimText = `Srebrenica showed what waiting for consent costs (${Date.now()}).`;

    // The owner pre-moderates the debate.
    const owner = await suite.newPage();
    const debateUrl = await openDebate(owner, 'owner@glossa.demo');
    await owner.getByText('Moderate this debate').click();
    await owner.getByText('Pre-moderated', { exact: true }).click();
    const turnOn = owner.getByRole('form', { name: 'Turn on pre-moderation: give a reason' });
    await turnOn.getByRole('textbox').fill('Guest participants this week');
    await turnOn.getByRole('button', { name: 'Turn on pre-moderation' }).click();
    await owner.locator('header').getByText('Pre-moderated', { exact: true }).first().waitFor();
    await owner.getByRole('form', { name: 'Turn on pre-moderation: give a reason' }).waitFor({ state: 'detached' });

    // The moderator opens the desk; a second member has the debate open.
    const moderator = await suite.newPage();
    await moderator.goto('/sign-in');
    await submitSignIn(moderator, 'moderator@glossa.demo', DEMO_PASSWORD);
    await (await demoSeminarCard(moderator)).getByRole('link', { name: 'Moderation desk' }).click();
    await moderator.getByRole('heading', { level: 1, name: 'Moderation desk' }).waitFor();
    await moderator.getByText('Live', { exact: true }).waitFor();
    const queue = moderator.getByRole('region', { name: /^Review queue/ });
    await moderator.getByText('turned on pre-moderation').waitFor();

    const ben = await suite.newPage();
    await expect(openDebate(ben, 'ben@glossa.demo')).resolves.toBe(debateUrl);

    // Ama argues for the motion, citing a passage.
    const ama = await suite.newPage();
    await openDebate(ama, 'ama@glossa.demo');
    await ama.getByRole('button', { name: `Add a claim: ${proLabel}` }).click();
    await ama.getByLabel('Your claim').fill(claimText);
    await ama.getByRole('button', { name: 'Cite a passage from the readings' }).click();
    await ama.getByLabel('Reading', { exact: true }).selectOption({ label: coalitions.title });
    await ama
      .getByRole('checkbox', { name: /the Security Council might draw legal authority/ })
      .first()
      .check();
    await ama.getByText('This debate is pre-moderated').waitFor();
    await suite.screenshot(ama, 'debate-composer');
    await ama.getByRole('button', { name: 'Send for approval' }).click();

    const amaClaim = column(ama, proLabel).getByRole('article').filter({ hasText: claimText });
    await amaClaim.getByText('Your claim is waiting for a moderator.').waitFor();
    await amaClaim.getByText('Pending', { exact: true }).waitFor();
    await amaClaim
      .getByRole('link', { name: 'the Security Council might draw legal authority to intervene in cases of genocide' })
      .waitFor();
    await suite.screenshot(ama, 'debate-claim-pending', { fullPage: true });

    // The owner, on the debate page, starts to approve it too…
    const ownerClaim = column(owner, proLabel).getByRole('article').filter({ hasText: claimText });
    await ownerClaim.getByText('Pending', { exact: true }).waitFor();
    await ownerClaim.getByRole('button', { name: 'Approve' }).click();
    await ownerClaim.getByRole('textbox').fill('Fine by me');

    // …but the moderator, on the desk, sees it arrive without reloading and approves it first.
    const item = queue.getByRole('article').filter({ hasText: claimText });
    await item.waitFor();
    await item.getByText('Waiting for approval').waitFor();
    await expect(ben.getByText(claimText).count()).resolves.toBe(0);
    await suite.screenshot(moderator, 'moderation-desk-pending', { fullPage: true });
    await item.getByRole('button', { name: 'Approve' }).click();
    const approve = item.getByRole('form', { name: 'Approve: give a reason' });
    await approve.getByRole('button', { name: 'Cites the reading fairly' }).click();
    await approve.getByRole('button', { name: 'Approve' }).click();
    await item.waitFor({ state: 'detached' });
    await moderator.getByRole('complementary', { name: 'Audit log' }).getByText('approved a claim').waitFor();
    await moderator.getByText('“Cites the reading fairly”').waitFor();
    await suite.screenshot(moderator, 'moderation-desk-after', { fullPage: true });

    // Ben sees it appear, live; Ama sees it published.
    await column(ben, proLabel).getByRole('article').filter({ hasText: claimText }).waitFor();
    await suite.screenshot(ben, 'debate-claim-approved-live', { fullPage: true });
    await amaClaim.getByText('Your claim is waiting for a moderator.').waitFor({ state: 'detached' });

    // The owner's late approval is reported as already handled, not as an error.
    await ownerClaim.getByRole('button', { name: 'Approve' }).last().click();
    await ownerClaim.getByText('Already handled by another moderator.').waitFor();
    await suite.screenshot(owner, 'debate-moderation-conflict');
  });

  it('takes flags to the desk live; a dismissed flag leaves the claim, a hidden claim disappears for members at once', async () => {
    const moderator = await suite.newPage();
    await moderator.goto('/sign-in');
    await submitSignIn(moderator, 'moderator@glossa.demo', DEMO_PASSWORD);
    await (await demoSeminarCard(moderator)).getByRole('link', { name: 'Moderation desk' }).click();
    await moderator.getByText('Live', { exact: true }).waitFor();
    const queue = moderator.getByRole('region', { name: /^Review queue/ });

    const ben = await suite.newPage();
    await openDebate(ben, 'ben@glossa.demo');
    const ama = await suite.newPage();
    await openDebate(ama, 'ama@glossa.demo');

    // Ama flags Ben's claim; the moderator keeps it and dismisses the flag.
    const thakur = column(ama, conLabel).getByRole('article').filter({ hasText: 'Thakur’s point' });
    await thakur.getByRole('button', { name: 'Flag this claim' }).click();
    const flagForm = thakur.getByRole('form', { name: 'Flag this claim' });
    await flagForm.getByRole('button', { name: 'Off-topic' }).click();
    await flagForm.getByRole('button', { name: 'Send to the moderators' }).click();
    await thakur.getByText('Thank you: the moderators will look at it.').waitFor();

    const flagged = queue.getByRole('article').filter({ hasText: 'Thakur’s point' });
    await flagged.getByText('Ama Mensah', { exact: true }).waitFor();
    await flagged.getByText('“Off-topic”').waitFor();
    await flagged.getByRole('button', { name: 'Dismiss flag' }).click();
    const dismiss = flagged.getByRole('form', { name: 'Dismiss flag: give a reason' });
    await dismiss.getByRole('textbox').fill('It answers the motion directly');
    await dismiss.getByRole('button', { name: 'Dismiss flag' }).click();
    await flagged.waitFor({ state: 'detached' });
    await moderator.getByText('dismissed a flag').waitFor();

    // Ben flags Ama's claim; the moderator hides it, and it leaves Ben's page without a reload.
    const genocide = column(ben, proLabel).getByRole('article').filter({ hasText: 'Genocide Convention' });
    await genocide.getByRole('button', { name: 'Flag this claim' }).click();
    const form = genocide.getByRole('form', { name: 'Flag this claim' });
    await form.getByRole('button', { name: 'Misquotes the reading' }).click();
    await form.getByRole('button', { name: 'Send to the moderators' }).click();
    await genocide.getByText('Thank you: the moderators will look at it.').waitFor();

    const item = queue.getByRole('article').filter({ hasText: 'Genocide Convention' });
    await item.getByText('Ben Carter').waitFor();
    await item.getByText('“Misquotes the reading”').waitFor();
    await suite.screenshot(moderator, 'moderation-desk-flag', { fullPage: true });
    await item.getByRole('button', { name: 'Hide' }).click();
    const hide = item.getByRole('form', { name: 'Hide: give a reason' });
    await hide.getByRole('textbox').fill('Misreads the passage it cites');
    await hide.getByRole('button', { name: 'Hide' }).click();
    await item.waitFor({ state: 'detached' });
    await moderator.getByText('hid a claim').waitFor();

    await genocide.waitFor({ state: 'detached' });
    const own = column(ama, proLabel).getByRole('article').filter({ hasText: 'Genocide Convention' });
    await own.getByText('A moderator hid your claim: the others no longer see it.').waitFor();
    await suite.screenshot(ama, 'debate-own-claim-hidden');
  });

  it('slows a debate down: after a claim a member sees how long until the next, counted down', async () => {
    const [, veto] = demo.debates;
    const owner = await suite.newPage();
    await owner.goto('/sign-in');
    await submitSignIn(owner, 'owner@glossa.demo', DEMO_PASSWORD);
    await (await demoSeminarCard(owner)).getByRole('link', { name: 'Moderation desk' }).click();
    const settings = owner.getByRole('listitem', { name: veto.motion });
    await settings.getByLabel('Slow mode').selectOption({ label: 'One claim every 1 min' });
    const slow = settings.getByRole('form', { name: 'Set slow mode to 1 min: give a reason' });
    await slow.getByRole('textbox').fill('Give people time to read');
    await slow.getByRole('button', { name: 'Set slow mode to 1 min' }).click();
    await owner.getByText('set slow mode to one claim every 1 min').waitFor();

    const ama = await suite.newPage();
    await ama.goto('/sign-in');
    await submitSignIn(ama, 'ama@glossa.demo', DEMO_PASSWORD);
    await ama.getByRole('link', { name: veto.motion }).click();
    await ama.getByText('Slow mode · one claim every 1 min').waitFor();
    const post = async (text: string) => {
      await ama.getByRole('button', { name: `Add a claim: ${veto.sides[0]}` }).click();
      await ama.getByLabel('Your claim').fill(text);
      await ama.getByRole('button', { name: 'Post claim' }).click();
    };
    await post('A veto used to shield a genocide defeats the purpose the veto was given for.');
    await column(ama, veto.sides[0]).getByText('A veto used to shield a genocide').waitFor();

    // After a reload the page has forgotten; the API's answer (RATE_LIMITED, retryAfterSeconds) restarts the count.
    await ama.reload();
    await post('The Genocide Convention binds the permanent members too.');
    const timer = ama.getByRole('timer');
    await timer.getByText(/Slow mode is on: you can post your next claim in/).waitFor();
    const first = await timer.locator('strong').innerText();
    await expect(ama.getByRole('button', { name: /^Wait / }).isDisabled()).resolves.toBe(true);
    await ama.waitForTimeout(2100);
    const later = await timer.locator('strong').innerText();
    expect(toSeconds(later)).toBeLessThan(toSeconds(first));
    await suite.screenshot(ama, 'debate-slow-mode');
  });
});
