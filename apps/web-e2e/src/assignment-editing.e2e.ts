import { axeViolations, violationsInEveryMode } from './support/axe';
import { describeInBrowser } from './support/browser-suite';
import { addReading, signInToApi, startSeminar } from './support/graphql-api';
import { registerInBrowser } from './support/sign-in';

const TEXT =
  'Sovereignty is a responsibility, not only a right.\n\n' +
  'When a state fails its people, the duty passes to others.\n\n' +
  'The Council must decide when intervention is warranted.';
const PASSWORD = 'a-long-enough-passphrase';

/** A `datetime-local` value `days` from now (the browser runs in the same time zone as the test). */
function inDays(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

// Axe checks take most of the time: every viewing mode on the form, the default mode elsewhere.
jest.setTimeout(420_000);

/** Where a slow run spent its time, in the test's output. */
const began = Date.now();
function step(what: string): void {
  process.stderr.write(`[assignment-editing] ${((Date.now() - began) / 1000).toFixed(1)} s: ${what}\n`);
}

describeInBrowser('Assignments: editing, ranges, extensions and withdrawing', (suite) => {
  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  it('lets a leader set an assignment on passages, edit its due date and hide setting, extend it for a member and withdraw another; the member sees the changes', async () => {
    const stamp = Date.now();
    const leaderPage = await suite.newPage();
    await registerInBrowser(leaderPage, 'Lena Convenor', `lena.edit.${stamp}@example.org`, PASSWORD);
    const leader = await signInToApi(suite.baseUrl, `lena.edit.${stamp}@example.org`, PASSWORD);
    const memberPage = await suite.newPage();
    await registerInBrowser(memberPage, 'Kofi Reader', `kofi.edit.${stamp}@example.org`, PASSWORD);
    const member = await signInToApi(suite.baseUrl, `kofi.edit.${stamp}@example.org`, PASSWORD);
    const seminarId = await startSeminar(leader, `Editing assignments ${stamp}`, [member]);
    await addReading(leader, seminarId, 'The Responsibility to Protect', TEXT);

    await leaderPage.goto(`/seminars/${seminarId}`);
    const panel = leaderPage.getByRole('region', { name: 'Assignments' });
    await panel.getByText('Set an assignment').click();
    const form = panel.getByRole('form', { name: 'Set an assignment' });

    step('One assignment on the ');
    // One assignment on the second and third passages only, picked by their opening words.
    await form.getByRole('radio', { name: 'Only some passages' }).check();
    await form.getByLabel('From the passage').selectOption({ index: 1 });
    await form.getByLabel('To the passage').selectOption({ index: 2 });
    await form.getByLabel('Title').fill('Week 2: the duty');
    const found = await violationsInEveryMode(leaderPage, 'assignment form, on some passages');
    await form.getByRole('button', { name: 'Set assignment' }).click();
    await form.getByText('Assignment “Week 2: the duty” set.').waitFor();
    await panel
      .getByText('Passages 2–3 of 3, from “When a state fails its people, the duty passes to others.”')
      .waitFor();

    step('And one to withdraw');
    // And one to withdraw, on the whole reading.
    await form.getByLabel('Title').fill('Soon withdrawn');
    await form.getByRole('button', { name: 'Set assignment' }).click();
    await form.getByText('Assignment “Soon withdrawn” set.').waitFor();

    step('Edit: a later');
    // Edit: a later due date, and hide-until-you-post on.
    await panel.getByRole('button', { name: 'Edit “Week 2: the duty”' }).click();
    const edit = panel.getByRole('form', { name: 'Edit “Week 2: the duty”' });
    await edit.getByLabel('Due', { exact: true }).fill(inDays(14));
    await edit.getByLabel('Hide others’ annotations until each member has posted (or the due date passes)').check();
    found.push(...(await axeViolations(leaderPage)));
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'detached' });
    await panel.getByText('others’ annotations hidden until you post').waitFor();

    step('An extension for');
    // An extension for the member, then the progress table says so.
    const item = panel.getByRole('listitem').filter({ hasText: 'Week 2: the duty' });
    await item.getByRole('button', { name: 'Progress and extensions' }).click();
    const extend = item.getByRole('form', { name: 'Extend “Week 2: the duty” for one member' });
    await extend.getByLabel('Member').selectOption({ label: 'Kofi Reader' });
    await extend.getByLabel('Their due date').fill(inDays(21));
    await extend.getByRole('button', { name: 'Extend' }).click();
    await item.getByRole('button', { name: 'Take back Kofi Reader’s extension' }).waitFor();
    found.push(...(await axeViolations(leaderPage)));

    step('Withdraw the other');
    // Withdraw the other one, after the confirmation.
    await panel.getByRole('button', { name: 'Withdraw “Soon withdrawn”' }).click();
    const confirm = panel.getByRole('alertdialog', { name: 'Withdraw “Soon withdrawn”?' });
    await confirm.waitFor();
    found.push(...(await axeViolations(leaderPage)));
    await leaderPage.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    await panel.getByRole('button', { name: 'Withdraw “Soon withdrawn”' }).click();
    await confirm.getByRole('button', { name: 'Withdraw it' }).click();
    await panel.getByRole('button', { name: 'Edit “Soon withdrawn”' }).waitFor({ state: 'detached' });

    step('The member sees');
    // The member sees the range, the hide setting and their extension, and nothing withdrawn.
    await memberPage.goto(`/seminars/${seminarId}`);
    const theirs = memberPage.getByRole('region', { name: 'Assignments' });
    const week2 = theirs.getByRole('listitem').filter({ hasText: 'Week 2: the duty' });
    await week2
      .getByText('Passages 2–3 of 3, from “When a state fails its people, the duty passes to others.”')
      .waitFor();
    await week2.getByText('(your extension)', { exact: false }).waitFor();
    await week2.getByText('others’ annotations hidden until you post', { exact: false }).waitFor();
    await expect(theirs.getByText('Soon withdrawn').count()).resolves.toBe(0);
    found.push(...(await axeViolations(memberPage)));
    expect(found).toEqual([]);
  });
});
