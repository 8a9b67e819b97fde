import { annotated } from './annotation-factories';
import { addReading, createSeminar, joinAs, registerUser, TestUser } from './factories';
import { outcome, startTestApp, TestApp } from './test-app';

const TEXT = 'Human security puts people first. Freedom from fear and freedom from want.';
const MY_SEMINARS = `query($after: String) { seminars(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

describe('the seminar page', () => {
  let api: TestApp;
  let owner: TestUser;
  let member: TestUser;
  beforeAll(async () => {
    api = await startTestApp();
    [owner, member] = await Promise.all([registerUser(api, 'Ruth Owner'), registerUser(api, 'Ama Member')]);
  });
  afterAll(() => api.close());

  it('lets an owner rename a seminar and change its description, and tells its members live', async () => {
    const seminar = await createSeminar(api, owner, 'Old name');
    await joinAs(api, seminar, owner, member, 'MEMBER');
    const changed = await api.gql<{ updateSeminar: { name: string; description: string } }>(
      `mutation($input: UpdateSeminarInput!) { updateSeminar(input: $input) { name description } }`,
      { input: { seminarId: seminar.id, name: '  New name ', description: 'Thursdays at six.' } },
      owner.token,
    );
    expect(changed.data?.updateSeminar).toEqual({ name: 'New name', description: 'Thursdays at six.' });
    const activity = await api.gql<{ seminar: { recentActivity: Array<{ type: string; summary: string }> } }>(
      `query($id: ID!) { seminar(id: $id) { recentActivity { type summary } } }`,
      { id: seminar.id },
      member.token,
    );
    expect(activity.data?.seminar.recentActivity[0]).toEqual({
      type: 'seminar.updated',
      summary: 'Ruth Owner renamed the seminar “New name” or changed its description',
    });
  });

  it('refuses a blank seminar name with BAD_USER_INPUT and a member’s rename with FORBIDDEN', async () => {
    const seminar = await createSeminar(api, owner, 'Kept');
    await joinAs(api, seminar, owner, member, 'MEMBER');
    const rename = (token: string, name: string) =>
      api.gql(
        `mutation($input: UpdateSeminarInput!) { updateSeminar(input: $input) { name } }`,
        { input: { seminarId: seminar.id, name } },
        token,
      );
    expect(outcome(await rename(owner.token, '   '))).toBe('BAD_USER_INPUT');
    expect(outcome(await rename(member.token, 'Mine now'))).toBe('FORBIDDEN');
    const after = await api.gql<{ seminar: { name: string } }>(`query($id: ID!) { seminar(id: $id) { name } }`, { id: seminar.id }, owner.token);
    expect(after.data?.seminar.name).toBe('Kept');
  });

  it('lists recent activity newest first: who joined, whose role changed, which reading was added', async () => {
    const seminar = await createSeminar(api, owner, 'Activity');
    await joinAs(api, seminar, owner, member, 'MODERATOR');
    await addReading(api, seminar.id, owner, TEXT);
    const activity = await api.gql<{ seminar: { recentActivity: Array<{ summary: string; readingId: string | null }> } }>(
      `query($id: ID!) { seminar(id: $id) { recentActivity(first: 3) { summary readingId } } }`,
      { id: seminar.id },
      member.token,
    );
    expect(activity.data?.seminar.recentActivity.map((a) => a.summary)).toEqual([
      'Ruth Owner added the reading “A reading”',
      'Ruth Owner made Ama Member a moderator',
      'Ama Member joined the seminar',
    ]);
    expect(activity.data?.seminar.recentActivity[0].readingId).toEqual(expect.any(String));
  });

  it('counts a reading’s annotations and those others wrote since my last visit', async () => {
    const seminar = await createSeminar(api, owner, 'Counts');
    await joinAs(api, seminar, owner, member, 'MEMBER');
    const reading = await addReading(api, seminar.id, owner, TEXT);
    await annotated(api, member, { id: reading.id, text: TEXT }, 'people first');
    const visit = () =>
      api.gql<{ markSeminarVisited: string | null }>(
        `mutation($id: ID!) { markSeminarVisited(input: { seminarId: $id }) }`,
        { id: seminar.id },
        owner.token,
      );
    expect((await visit()).data?.markSeminarVisited).toBeNull();
    const firstVisit = (await visit()).data?.markSeminarVisited as string;
    expect(Date.parse(firstVisit)).not.toBeNaN();
    await annotated(api, member, { id: reading.id, text: TEXT }, 'freedom from want');
    await annotated(api, member, { id: reading.id, text: TEXT }, 'Freedom from fear', { visibility: 'PRIVATE' });
    await annotated(api, owner, { id: reading.id, text: TEXT }, 'Human security');
    const counts = await api.gql<{
      seminar: { myLastVisitAt: string; readings: { edges: Array<{ node: { annotationCount: number; newAnnotationCount: number } }> } };
    }>(
      `query($id: ID!, $since: DateTime) { seminar(id: $id) { myLastVisitAt readings { edges { node { annotationCount newAnnotationCount(since: $since) } } } } }`,
      { id: seminar.id, since: firstVisit },
      owner.token,
    );
    // The member's private annotation is neither counted nor new to the owner; the owner's own is not new.
    expect(counts.data?.seminar.readings.edges[0].node).toEqual({ annotationCount: 3, newAnnotationCount: 1 });
    // The visit just recorded (the second one) is the one the next visit will count from.
    expect(Date.parse(counts.data!.seminar.myLastVisitAt)).toBeGreaterThan(Date.parse(firstVisit));
  });

  it('lists my seminars with the most recently active first, page by page', async () => {
    const reader = await registerUser(api, 'Paging Reader');
    const quiet = await createSeminar(api, reader, 'Quiet');
    const busy = await createSeminar(api, reader, 'Busy');
    const newest = await createSeminar(api, reader, 'Newest');
    const reading = await addReading(api, busy.id, reader, TEXT);
    await annotated(api, reader, { id: reading.id, text: TEXT }, 'people first');
    const first = await api.gql<{ seminars: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      MY_SEMINARS,
      {},
      reader.token,
    );
    expect(first.data?.seminars.edges.map((e) => e.node.id)).toEqual([busy.id, newest.id]);
    expect(first.data?.seminars.pageInfo.hasNextPage).toBe(true);
    const second = await api.gql<{ seminars: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean } } }>(
      MY_SEMINARS,
      { after: first.data?.seminars.pageInfo.endCursor },
      reader.token,
    );
    expect(second.data?.seminars.edges.map((e) => e.node.id)).toEqual([quiet.id]);
    expect(second.data?.seminars.pageInfo.hasNextPage).toBe(false);
  });

  it('explains the last-owner rule when the only owner would step down', async () => {
    const seminar = await createSeminar(api, owner, 'One owner');
    const result = await api.gql(
      `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }`,
      { input: { seminarId: seminar.id, userId: owner.id, role: 'MEMBER' } },
      owner.token,
    );
    expect(outcome(result)).toBe('CONFLICT');
    expect(result.errors?.[0].message).toMatch(/at least one owner/);
  });
});
