import { violationsInEveryMode } from './support/axe';
import { describeInBrowser } from './support/browser-suite';
import { addReading, annotate, codePointSpan, registerToApi, signInToApi, startSeminar } from './support/graphql-api';
import { registerInBrowser } from './support/sign-in';

const TEXT =
  'Sovereignty is a responsibility, not only a right.\n\n' +
  'When a state fails its people, the duty passes to others.\n\n' +
  'The Council must decide when intervention is warranted.';
const PASSWORD = 'a-long-enough-passphrase';
const GROUPS = `query G($seminarId: ID!) { seminarGroups(seminarId: $seminarId) { groups { name members { userId } } } }`;

// Accessibility checks in every viewing mode take most of the time.
jest.setTimeout(240_000);

describeInBrowser('Small groups', (suite) => {
  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  it('lets a leader split the members into groups and set an assignment in groups; a member sees their group’s highlight and not another group’s', async () => {
    const stamp = Date.now();
    const leaderPage = await suite.newPage();
    await registerInBrowser(leaderPage, 'Lena Convenor', `lena.groups.${stamp}@example.org`, PASSWORD);
    const leader = await signInToApi(suite.baseUrl, `lena.groups.${stamp}@example.org`, PASSWORD);
    const memberPage = await suite.newPage();
    await registerInBrowser(memberPage, 'Kofi Reader', `kofi.groups.${stamp}@example.org`, PASSWORD);
    const member = await signInToApi(suite.baseUrl, `kofi.groups.${stamp}@example.org`, PASSWORD);
    const others = [
      await registerToApi(suite.baseUrl, 'Dana Writer'),
      await registerToApi(suite.baseUrl, 'Rosa Writer'),
      await registerToApi(suite.baseUrl, 'Sam Writer'),
    ];
    const seminarId = await startSeminar(leader, `Small groups ${stamp}`, [member, ...others]);
    const readingId = await addReading(leader, seminarId, 'The Responsibility to Protect', TEXT);

    // The leader splits the four members at random into groups of two, confirming first.
    await leaderPage.goto(`/seminars/${seminarId}`);
    const groups = leaderPage.getByRole('region', { name: 'Groups', exact: true });
    await groups.getByRole('heading', { name: 'In no group' }).waitFor();
    await groups.getByLabel('New group’s name').fill('Warm-up');
    await groups.getByRole('button', { name: 'Create group' }).click();
    await groups.getByText('Group “Warm-up” created.').waitFor();
    await groups.getByLabel('Members per group').fill('2');
    await groups.getByRole('button', { name: 'Split at random…' }).click();
    const confirm = groups.getByRole('group', { name: 'Confirm the split' });
    await confirm.getByText('This replaces the current group with new ones.').waitFor();
    const found = await violationsInEveryMode(leaderPage, 'seminar page, Groups screen with a confirmation');
    await leaderPage.keyboard.press('Enter');
    await groups.getByRole('heading', { name: /^Group 2/ }).waitFor();
    await expect(groups.getByRole('heading', { name: /^Warm-up/ }).count()).resolves.toBe(0);
    found.push(...(await violationsInEveryMode(leaderPage, 'seminar page, Groups screen')));
    expect(found).toEqual([]);

    // Who is with whom is random: ask the API, as the leader, and let a mate and a rival highlight.
    const split = await leader.request<{
      seminarGroups: { groups: Array<{ name: string; members: Array<{ userId: string }> }> };
    }>(GROUPS, { seminarId });
    const mine = split.seminarGroups.groups.find((g) => g.members.some((m) => m.userId === member.userId));
    const theirs = split.seminarGroups.groups.find((g) => g !== mine);
    if (!mine || !theirs) throw new Error('the split made fewer than two groups');
    const mate = others.find((o) => mine.members.some((m) => m.userId === o.userId));
    const rival = others.find((o) => theirs.members.some((m) => m.userId === o.userId));
    if (!mate || !rival) throw new Error('the split left someone out');
    const ours = await annotate(mate, {
      readingId,
      target: codePointSpan(TEXT, 'a state fails'),
      motivation: 'highlighting',
    });
    const hidden = await annotate(rival, {
      readingId,
      target: codePointSpan(TEXT, 'The Council must decide'),
      motivation: 'highlighting',
    });

    // The leader sets an assignment in groups.
    const panel = leaderPage.getByRole('region', { name: 'Assignments' });
    await panel.getByText('Set an assignment').click();
    const form = panel.getByRole('form', { name: 'Set an assignment' });
    await form.getByLabel('Title').fill('Week 2: in groups');
    await form.getByLabel(/^In groups: each member sees only their group’s posts/).check();
    await form.getByRole('button', { name: 'Set assignment' }).click();
    await form.getByText('Assignment “Week 2: in groups” set.').waitFor();
    await panel.getByText('in groups (you see every group)').waitFor();

    // The member sees their group on the seminar page and the assignment, then only their group's highlight.
    await memberPage.goto(`/seminars/${seminarId}`);
    await memberPage.getByText(`Your group: ${mine.name} (2 members).`).waitFor();
    await memberPage
      .getByRole('region', { name: 'Assignments' })
      .getByText(`in groups: you see ${mine.name}’s posts`)
      .waitFor();
    await memberPage.goto(`/readings/${readingId}`);
    await memberPage.getByRole('heading', { level: 1, name: 'The Responsibility to Protect' }).waitFor();
    await memberPage.getByText(`this reading is discussed in groups. You see ${mine.name}’s posts`).waitFor();
    await memberPage.locator(`mark[data-ids~="${ours.id}"]`).first().waitFor();
    await expect(memberPage.locator(`mark[data-ids~="${hidden.id}"]`).count()).resolves.toBe(0);
  });
});
