import { EventEnvelope, eventPayloadSchemas, readingRoom, seminarRoom } from '@glossa/contracts';
import { DataSource } from 'typeorm';
import { EventLog } from '../src/events/event-log';
import { EventPublisher } from '../src/events/event-publisher';
import { addReading, createSeminar, joinAs, registerUser, TestUser } from './factories';
import { outcome, startTestApp, TestApp } from './test-app';

describe('the event log', () => {
  let api: TestApp;
  let owner: TestUser;
  let log: EventLog;
  const published: EventEnvelope[] = [];

  beforeAll(async () => {
    api = await startTestApp();
    log = api.app.get(EventLog);
    api.app.get(EventPublisher).subscribe((event) => published.push(event));
    owner = await registerUser(api, 'Owner');
  });
  afterAll(() => api.close());

  it('writes membership changes to the seminar room with consecutive numbers, and publishes them after commit', async () => {
    const seminar = await createSeminar(api, owner);
    const reader = await registerUser(api, 'Reader');
    await joinAs(api, seminar, owner, reader, 'MODERATOR');
    await api.gql(`mutation($id: ID!) { leaveSeminar(input: { seminarId: $id }) }`, { id: seminar.id }, reader.token);
    const events = await log.since(seminarRoom(seminar.id), 0);
    expect(events.map((e) => [e.seq, e.type])).toEqual([
      [1, 'member.joined'],
      [2, 'member.role_changed'],
      [3, 'member.left'],
    ]);
    expect(events[0].payload).toEqual({
      seminarId: seminar.id,
      userId: reader.id,
      displayName: 'Reader',
      role: 'MEMBER',
    });
    expect(published.filter((e) => e.room === seminarRoom(seminar.id))).toEqual(events);
  });

  it('gives concurrent changes of one room distinct numbers without holes', async () => {
    const seminar = await createSeminar(api, owner);
    const reading = await addReading(api, seminar.id, owner, 'Start.');
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        api.gql(
          `mutation($input: ReviseReadingInput!) { reviseReading(input: $input) { revisionNumber } }`,
          { input: { readingId: reading.id, text: `Text ${i}.` } },
          owner.token,
        ),
      ),
    );
    const events = await log.since(readingRoom(reading.id), 0);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // Commit order equals seq order: revision numbers rise with seq.
    const revisions = events.map((e) => (e.payload as { revisionNumber: number }).revisionNumber);
    expect(revisions).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('writes no event for a refused change', async () => {
    const seminar = await createSeminar(api, owner);
    const reading = await addReading(api, seminar.id, owner);
    const result = await api.gql(
      `mutation($input: ReviseReadingInput!) { reviseReading(input: $input) { revisionNumber } }`,
      { input: { readingId: reading.id, text: 'x', baseRevision: 7 } },
      owner.token,
    );
    expect(outcome(result)).toBe('CONFLICT');
    await expect(log.since(readingRoom(reading.id), 0)).resolves.toEqual([]);
    await expect(log.latest([readingRoom(reading.id)])).resolves.toEqual(new Map([[readingRoom(reading.id), 0]]));
  });

  it('stores only payloads that match the shared contract', async () => {
    const rows: Array<{ type: keyof typeof eventPayloadSchemas; payload: unknown }> = await api.app
      .get(DataSource)
      .query('SELECT type, payload FROM events');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(eventPayloadSchemas[row.type].safeParse(row.payload).success).toBe(true);
  });
});
