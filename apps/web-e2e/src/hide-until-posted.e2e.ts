import { violationsInEveryMode } from './support/axe';
import { describeInBrowser } from './support/browser-suite';
import { addReading, annotate, codePointSpan, registerToApi, signInToApi, startSeminar } from './support/graphql-api';
import { selectPhraseWithMouse } from './support/reading-room';
import { registerInBrowser } from './support/sign-in';

const TEXT =
  'Sovereignty is a responsibility, not only a right.\n\n' +
  'When a state fails its people, the duty passes to others.\n\n' +
  'The Council must decide when intervention is warranted.';
const PASSWORD = 'a-long-enough-passphrase';

// Three accessibility checks in every viewing mode take most of the time.
jest.setTimeout(240_000);

describeInBrowser('Assignments: hide until you post', (suite) => {
  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  it('lets a leader set a hide-until-you-post assignment; a member sees nobody’s highlights, posts one, and everyone’s appear without a reload', async () => {
    const stamp = Date.now();
    const leaderPage = await suite.newPage();
    await registerInBrowser(leaderPage, 'Lena Convenor', `lena.hide.${stamp}@example.org`, PASSWORD);
    const leader = await signInToApi(suite.baseUrl, `lena.hide.${stamp}@example.org`, PASSWORD);
    const memberPage = await suite.newPage();
    await registerInBrowser(memberPage, 'Kofi Reader', `kofi.hide.${stamp}@example.org`, PASSWORD);
    const member = await signInToApi(suite.baseUrl, `kofi.hide.${stamp}@example.org`, PASSWORD);
    const writer = await registerToApi(suite.baseUrl, 'Dana Writer');
    const seminarId = await startSeminar(leader, `Hide until you post ${stamp}`, [member, writer]);
    const readingId = await addReading(leader, seminarId, 'The Responsibility to Protect', TEXT);
    const others = await annotate(writer, { readingId, target: codePointSpan(TEXT, 'a state fails'), motivation: 'highlighting' });

    // The leader sets the assignment on the seminar page.
    await leaderPage.goto(`/seminars/${seminarId}`);
    const panel = leaderPage.getByRole('region', { name: 'Assignments' });
    await panel.getByText('Set an assignment').click();
    const form = panel.getByRole('form', { name: 'Set an assignment' });
    await form.getByLabel('Title').fill('Week 1: who must protect?');
    const found = await violationsInEveryMode(leaderPage, 'seminar page, assignment form');
    await form.getByLabel('Hide others’ annotations until each member has posted (or the due date passes)').check();
    await form.getByRole('button', { name: 'Set assignment' }).click();
    await form.getByText('Assignment “Week 1: who must protect?” set.').waitFor();
    await panel.getByText('others’ annotations hidden until you post').waitFor();
    await panel.getByRole('button', { name: 'Progress and extensions' }).click();
    await panel.getByRole('table', { name: /^Progress on “Week 1: who must protect\?”/ }).getByRole('rowheader', { name: 'Kofi Reader' }).waitFor();
    found.push(...(await violationsInEveryMode(leaderPage, 'seminar page, assignment progress')));

    // The member sees what is due, opens the reading, and sees nobody's highlights.
    await memberPage.goto(`/seminars/${seminarId}`);
    await memberPage.getByRole('region', { name: 'Assignments' }).getByText('To do').waitFor();
    await memberPage.goto(`/readings/${readingId}`);
    await memberPage.getByRole('heading', { level: 1, name: 'The Responsibility to Protect' }).waitFor();
    await memberPage.getByText('the others’ annotations are hidden until you post 1 annotation').waitFor();
    await memberPage.locator('[data-reading-text]').waitFor();
    await memberPage.waitForTimeout(500);
    await expect(memberPage.locator(`mark[data-ids~="${others.id}"]`).count()).resolves.toBe(0);
    await expect(memberPage.getByRole('region', { name: 'Discussion map' }).count()).resolves.toBe(0);
    found.push(...(await violationsInEveryMode(memberPage, 'reading room, hidden until you post')));
    expect(found).toEqual([]);

    // The member highlights a passage: the others' highlights appear at once, without a reload.
    await selectPhraseWithMouse(memberPage, 'The Council must decide');
    await memberPage.getByRole('toolbar', { name: 'Annotate the selected words' }).getByRole('button', { name: 'Highlight' }).click();
    await memberPage.getByRole('article', { name: /^Highlight by Kofi Reader on “The Council must decide”/ }).waitFor();
    await memberPage.locator(`mark[data-ids~="${others.id}"]`).first().waitFor();
    await expect(memberPage.getByText('the others’ annotations are hidden until you post').count()).resolves.toBe(0);
    // Unlocked, the member may see where the class wrote.
    await memberPage.getByRole('region', { name: 'Discussion map' }).waitFor();

    // And what the others post next arrives live.
    const next = await annotate(writer, { readingId, target: codePointSpan(TEXT, 'the duty passes'), motivation: 'highlighting' });
    await memberPage.locator(`mark[data-ids~="${next.id}"]`).first().waitFor();
  });
});
