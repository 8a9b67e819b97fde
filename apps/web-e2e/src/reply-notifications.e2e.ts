import { describeInBrowser } from './support/browser-suite';
import { DEMO_PASSWORD } from './support/demo-seminar';
import { addReading, annotate, ApiSession, codePointSpan, registerToApi, signInToApi, startSeminar } from './support/graphql-api';
import { annotationCard } from './support/reading-room';
import { signInAs } from './support/sign-in';

const TEXT = 'Today most wars are now intrastate, and their victims are mostly civilians.';

describeInBrowser('Hearing of replies in Glossa', (suite) => {
  let owner: ApiSession;
  let ama: ApiSession;
  let ben: ApiSession;

  beforeAll(async () => {
    // A convenor of their own, so the demo accounts' own seminars stay as other tests expect.
    owner = await registerToApi(suite.baseUrl, 'Rosa Convenor');
    ama = await signInToApi(suite.baseUrl, 'ama@glossa.demo', DEMO_PASSWORD);
    ben = await signInToApi(suite.baseUrl, 'ben@glossa.demo', DEMO_PASSWORD);
  });

  afterEach(() => {
    expect(suite.pageErrors.splice(0).map((e) => e.message)).toEqual([]);
  });

  it('tells the author of an annotation that someone replied, and takes them to the reply', async () => {
    const seminarId = await startSeminar(owner, `Replies ${Date.now()}`, [ama, ben]);
    const readingId = await addReading(owner, seminarId, 'Peace Theme (replies)', TEXT, 'Paul Heinbecker');
    const note = await annotate(ama, {
      readingId,
      target: codePointSpan(TEXT, 'most wars are now intrastate'),
      motivation: 'commenting',
      body: 'Is this still true?',
    });
    const replied = await ben.request<{ reply: { id: string } }>('mutation R($input: ReplyInput!) { reply(input: $input) { id } }', {
      input: { threadId: note.threadId, body: 'Mostly, yes: civil wars dominate.' },
    });

    const amaPage = await suite.newPage();
    await signInAs(amaPage, 'ama@glossa.demo', DEMO_PASSWORD);
    const bell = amaPage.getByRole('button', { name: /^Notifications, \d+ unread$/ });
    await bell.waitFor();
    await bell.click();
    const panel = amaPage.getByRole('region', { name: 'Notifications' });
    await panel.getByRole('heading', { name: 'Mentions and replies' }).waitFor();
    const item = panel.getByRole('link').filter({ hasText: 'Mostly, yes: civil wars dominate.' }).first();
    await item.getByText('Replied to you').waitFor();
    await item.click();
    await amaPage.waitForURL(`**/readings/${readingId}?reply=${replied.reply.id}`);
    await annotationCard(amaPage, note.id).getByText('Mostly, yes: civil wars dominate.').waitFor();
  });
});
