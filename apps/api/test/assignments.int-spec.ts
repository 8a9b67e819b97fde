import { annotated } from './annotation-factories';
import {
  ASSIGNMENT_PROGRESS,
  ASSIGNMENTS,
  assigned,
  CREATE_ASSIGNMENT,
  DELETE_ASSIGNMENT,
  inDays,
  SET_EXTENSION,
} from './assignment-factories';
import { addClaim, createDebate } from './debate-factories';
import { addReading, Cast, registerCast, seminarFor, TestUser } from './factories';
import { startTestApp, TestApp } from './test-app';

const TEXT = 'First part on human security.\n\nSecond part on impunity and history.';

interface Progress {
  posts: number;
  completedAt: string | null;
  dueAt: string;
  extendedDueAt: string | null;
  state: string;
  late: boolean;
  hidesOthers: boolean;
}
interface Listed {
  id: string;
  title: string;
  instructions: string;
  readingId: string | null;
  debateId: string | null;
  myProgress: Progress;
}

describe('assignments', () => {
  let api: TestApp;
  let cast: Cast;
  let seminar: { id: string; inviteCode: string };

  beforeAll(async () => {
    api = await startTestApp();
    cast = await registerCast(api);
    seminar = await seminarFor(api, cast);
  });
  afterAll(() => api.close());

  async function listFor(user: TestUser, readingId?: string): Promise<Listed[]> {
    const result = await api.gql<{ assignments: Listed[] }>(
      ASSIGNMENTS,
      { seminarId: seminar.id, readingId },
      user.token,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.assignments;
  }

  it('shows members what is due and what they have done on a reading', async () => {
    const reading = { ...(await addReading(api, seminar.id, cast.OWNER, TEXT)), text: TEXT };
    const { id } = await assigned(api, cast.MODERATOR, seminar.id, reading.id, {
      instructions: 'Question one claim.',
      requiredPosts: 2,
    });
    expect((await listFor(cast.MEMBER, reading.id)).find((a) => a.id === id)).toMatchObject({
      instructions: 'Question one claim.',
      myProgress: { posts: 0, state: 'OPEN', late: false, completedAt: null },
    });
    await annotated(api, cast.MEMBER, reading, 'human security');
    expect((await listFor(cast.MEMBER, reading.id))[0].myProgress).toMatchObject({ posts: 1, state: 'OPEN' });
    await annotated(api, cast.MEMBER, reading, 'impunity');
    const done = (await listFor(cast.MEMBER, reading.id))[0].myProgress;
    expect(done).toMatchObject({ posts: 2, state: 'DONE', late: false });
    expect(done.completedAt).not.toBeNull();
  });

  it('counts only the annotations inside an assigned range, and never private notes', async () => {
    const reading = { ...(await addReading(api, seminar.id, cast.OWNER, TEXT)), text: TEXT };
    await assigned(api, cast.OWNER, seminar.id, reading.id, { rangeStart: 0, rangeEnd: 29 });
    await annotated(api, cast.MEMBER, reading, 'impunity');
    await annotated(api, cast.MEMBER, reading, 'human security', { visibility: 'PRIVATE' });
    expect((await listFor(cast.MEMBER, reading.id))[0].myProgress).toMatchObject({ posts: 0, state: 'OPEN' });
    await annotated(api, cast.MEMBER, reading, 'human security');
    expect((await listFor(cast.MEMBER, reading.id))[0].myProgress).toMatchObject({ posts: 1, state: 'DONE' });
  });

  it('marks work handed in after the due date as late instead of refusing it', async () => {
    const reading = { ...(await addReading(api, seminar.id, cast.OWNER, TEXT)), text: TEXT };
    await assigned(api, cast.OWNER, seminar.id, reading.id, { opensAt: inDays(-7), dueAt: inDays(-1) });
    expect((await listFor(cast.MEMBER, reading.id))[0].myProgress).toMatchObject({ state: 'OVERDUE' });
    await annotated(api, cast.MEMBER, reading, 'impunity');
    expect((await listFor(cast.MEMBER, reading.id))[0].myProgress).toMatchObject({ state: 'DONE_LATE', late: true });
  });

  it('gives one member a later due date, so their work is on time', async () => {
    const reading = { ...(await addReading(api, seminar.id, cast.OWNER, TEXT)), text: TEXT };
    const { id } = await assigned(api, cast.OWNER, seminar.id, reading.id, { opensAt: inDays(-7), dueAt: inDays(-1) });
    const extended = await api.gql<{ setAssignmentExtension: Progress }>(
      SET_EXTENSION,
      { input: { assignmentId: id, userId: cast.MEMBER.id, dueAt: inDays(2) } },
      cast.MODERATOR.token,
    );
    expect(extended.data?.setAssignmentExtension).toMatchObject({ state: 'OPEN', late: false });
    await annotated(api, cast.MEMBER, reading, 'impunity');
    expect((await listFor(cast.MEMBER, reading.id))[0].myProgress).toMatchObject({ state: 'DONE', late: false });
    const earlier = await api.gql(
      SET_EXTENSION,
      { input: { assignmentId: id, userId: cast.MEMBER.id, dueAt: inDays(-2) } },
      cast.OWNER.token,
    );
    expect(earlier.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const board = await api.gql<{ assignmentProgress: Array<Progress & { displayName: string }> }>(
      ASSIGNMENT_PROGRESS,
      { assignmentId: id },
      cast.OWNER.token,
    );
    const byName = new Map(board.data?.assignmentProgress.map((p) => [p.displayName, p]));
    expect(byName.get('Member')).toMatchObject({ state: 'DONE', extendedDueAt: expect.any(String) });
    expect(byName.get('Observer')).toMatchObject({ state: 'OVERDUE', posts: 0 });
  });

  it('counts claims towards an assignment on a debate', async () => {
    const debate = await createDebate(api, cast.OWNER, seminar.id);
    const created = await api.gql<{ createAssignment: { id: string } }>(
      CREATE_ASSIGNMENT,
      { input: { seminarId: seminar.id, debateId: debate.id, title: 'Argue it', dueAt: inDays(3) } },
      cast.OWNER.token,
    );
    const id = created.data!.createAssignment.id;
    await addClaim(api, cast.MEMBER, debate.id);
    expect((await listFor(cast.MEMBER)).find((a) => a.id === id)).toMatchObject({
      debateId: debate.id,
      myProgress: { posts: 1, state: 'DONE' },
    });
  });

  it('shows members an assignment only once it opens, and leaders at once', async () => {
    const reading = { ...(await addReading(api, seminar.id, cast.OWNER, TEXT)), text: TEXT };
    const { id } = await assigned(api, cast.OWNER, seminar.id, reading.id, { opensAt: inDays(1), dueAt: inDays(8) });
    expect(await listFor(cast.MEMBER, reading.id)).toEqual([]);
    expect((await listFor(cast.OWNER, reading.id))[0]).toMatchObject({ id, myProgress: { state: 'UPCOMING' } });
    const withdrawn = await api.gql(DELETE_ASSIGNMENT, { input: { assignmentId: id } }, cast.OWNER.token);
    expect(withdrawn.errors).toBeUndefined();
    expect(await listFor(cast.OWNER, reading.id)).toEqual([]);
  });

  it('refuses a malformed assignment with BAD_USER_INPUT and a reading of another seminar with NOT_FOUND', async () => {
    const reading = await addReading(api, seminar.id, cast.OWNER, TEXT);
    const debate = await createDebate(api, cast.OWNER, seminar.id);
    const other = await seminarFor(api, cast);
    const base = { seminarId: seminar.id, title: 'x', dueAt: inDays(2) };
    const code = async (input: Record<string, unknown>) =>
      (await api.gql(CREATE_ASSIGNMENT, { input }, cast.OWNER.token)).errors?.[0]?.extensions?.['code'];
    await expect(code({ ...base })).resolves.toBe('BAD_USER_INPUT');
    await expect(code({ ...base, readingId: reading.id, debateId: debate.id })).resolves.toBe('BAD_USER_INPUT');
    await expect(code({ ...base, debateId: debate.id, hideUntilPosted: true })).resolves.toBe('BAD_USER_INPUT');
    await expect(code({ ...base, readingId: reading.id, rangeStart: 5, rangeEnd: 5 })).resolves.toBe('BAD_USER_INPUT');
    await expect(code({ ...base, readingId: reading.id, opensAt: inDays(3) })).resolves.toBe('BAD_USER_INPUT');
    await expect(code({ ...base, seminarId: other.id, readingId: reading.id })).resolves.toBe('NOT_FOUND');
  });

  it('returns the first assignment when a create is retried with the same clientId', async () => {
    const reading = await addReading(api, seminar.id, cast.OWNER, TEXT);
    const input = {
      seminarId: seminar.id,
      readingId: reading.id,
      title: 'Once',
      dueAt: inDays(2),
      clientId: 'assign-retry-1',
    };
    const first = await api.gql<{ createAssignment: { id: string } }>(CREATE_ASSIGNMENT, { input }, cast.OWNER.token);
    const again = await api.gql<{ createAssignment: { id: string } }>(CREATE_ASSIGNMENT, { input }, cast.OWNER.token);
    expect(again.data?.createAssignment.id).toBe(first.data?.createAssignment.id);
  });
});
