import { violationsInEveryMode } from './support/axe';
import { describeInBrowser } from './support/browser-suite';
import { registerToApi, signInToApi, startSeminar } from './support/graphql-api';
import { registerInBrowser } from './support/sign-in';

const PASSWORD = 'a-long-enough-passphrase';

// Two accessibility scans in every viewing mode, as accessibility.e2e.ts allows them.
jest.setTimeout(180_000);

describeInBrowser('Anonymous debates', (suite) => {
  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  it('shows a member only pseudonyms in an anonymous debate while the moderator sees names', async () => {
    const stamp = Date.now();
    const leaderPage = await suite.newPage();
    await registerInBrowser(leaderPage, `Mira Convenor ${stamp}`, `mira.${stamp}@example.org`, PASSWORD);
    const memberPage = await suite.newPage();
    await registerInBrowser(memberPage, `Nia Member ${stamp}`, `nia.${stamp}@example.org`, PASSWORD);
    const leader = await signInToApi(suite.baseUrl, `mira.${stamp}@example.org`, PASSWORD);
    const member = await signInToApi(suite.baseUrl, `nia.${stamp}@example.org`, PASSWORD);
    const authorName = `Ada Realname ${stamp}`;
    const author = await registerToApi(suite.baseUrl, authorName);
    const seminarId = await startSeminar(leader, `Anonymous debate ${stamp}`, [member, author]);
    const created = await leader.request<{ createDebate: { id: string } }>(
      'mutation D($input: CreateDebateInput!) { createDebate(input: $input) { id } }',
      { input: { seminarId, motion: `Borders should be open ${stamp}`, proLabel: 'Open', conLabel: 'Closed' } },
    );
    const debateId = created.createDebate.id;

    // The leader switches it on in the debate's settings, warned first that it cannot be undone.
    await leaderPage.goto(`/debates/${debateId}`);
    await leaderPage.getByText('Moderate this debate').click();
    await leaderPage.getByRole('button', { name: 'Make this debate anonymous…' }).click();
    await leaderPage.getByText('Once anyone has posted, anonymity cannot be switched off.').waitFor();
    await expect(violationsInEveryMode(leaderPage, 'debate settings, anonymity warning')).resolves.toEqual([]);
    await leaderPage.getByRole('button', { name: 'Make anonymous', exact: true }).click();
    await leaderPage.getByText('Anonymous', { exact: true }).first().waitFor();

    await author.request('mutation C($input: AddClaimInput!) { addClaim(input: $input) { id } }', {
      input: { debateId, stance: 'PRO', body: 'People move where work is.' },
    });

    // The member sees the claim under a pseudonym, and the name nowhere on the page.
    await memberPage.goto(`/debates/${debateId}`);
    const claim = memberPage.getByRole('article', { name: /claim by/ }).first();
    await claim.getByText('People move where work is.').waitFor();
    const shownAs = ((await claim.getByRole('heading', { level: 3 }).textContent()) ?? '').replace(/^(Pro|Con) claim by /, '').trim();
    expect(shownAs).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    await expect(memberPage.content()).resolves.not.toContain(authorName);
    await expect(memberPage.content()).resolves.not.toContain(author.userId);
    await expect(violationsInEveryMode(memberPage, 'anonymous debate, as a member')).resolves.toEqual([]);

    // The moderator sees the name, with the pseudonym the class knows.
    await leaderPage.reload();
    const seen = leaderPage.getByRole('article', { name: new RegExp(`claim by ${authorName}`) });
    await seen.getByText(`as ${shownAs}`).waitFor();
  });
});
