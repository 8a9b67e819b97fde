import { addClaim, createDebate, MODERATE } from './debate-factories';
import { Cast, registerCast, seminarFor } from './factories';
import { outcome, startTestApp, TestApp } from './test-app';

const EXPORT = `query($id: ID!) { exportDebate(id: $id) { filename mediaType content claimCount } }`;

interface DebateFile {
  filename: string;
  mediaType: string;
  content: string;
  claimCount: number;
}

describe('a debate as Markdown', () => {
  let api: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    api = await startTestApp();
    cast = await registerCast(api);
  });
  afterAll(() => api.close());

  it('exports the motion and the claims for and against as a tree, leaving out what the reader may not see', async () => {
    const seminar = await seminarFor(api, cast);
    const debate = await createDebate(api, cast.OWNER, seminar.id);
    const pro = await addClaim(api, cast.MEMBER, debate.id, { body: 'Lives come before borders.' });
    await addClaim(api, cast.MODERATOR, debate.id, { parentId: pro.id, stance: 'CON', body: 'Who decides whose lives?' });
    const hidden = await addClaim(api, cast.MEMBER, debate.id, { stance: 'CON', body: 'A claim the moderators hide.' });
    const hid = await api.gql(
      MODERATE,
      { input: { subjectType: 'CLAIM', subjectId: hidden.id, action: 'HIDE', reason: 'Off topic.' } },
      cast.OWNER.token,
    );
    expect(outcome(hid)).toBe('OK');

    const read = async (token: string) =>
      ((await api.gql<{ exportDebate: DebateFile }>(EXPORT, { id: debate.id }, token)).data as { exportDebate: DebateFile })
        .exportDebate;
    const asObserver = await read(cast.OBSERVER.token);
    expect(asObserver).toMatchObject({
      filename: 'humanitarian-intervention-may-override-state-sovereignty.debate.md',
      mediaType: 'text/markdown; charset=utf-8',
      claimCount: 2,
    });
    expect(asObserver.content).toContain('# Humanitarian intervention may override state sovereignty.');
    expect(asObserver.content).toContain('## For the motion: Intervention\n\n- **Member**');
    expect(asObserver.content).toContain('  Lives come before borders.\n  - Against (Sovereignty) · **Moderator**');
    expect(asObserver.content).not.toContain('A claim the moderators hide.');
    // Its author still sees their hidden claim, as on the debate page.
    expect((await read(cast.MEMBER.token)).content).toContain('A claim the moderators hide.');
  });

  it('is NOT_FOUND to someone outside the seminar', async () => {
    const seminar = await seminarFor(api, cast);
    const debate = await createDebate(api, cast.OWNER, seminar.id);
    expect(outcome(await api.gql(EXPORT, { id: debate.id }, cast.NON_MEMBER.token))).toBe('NOT_FOUND');
  });
});
