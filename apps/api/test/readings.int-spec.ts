import { DataSource } from 'typeorm';
import { addReading, createSeminar, registerUser, TestUser } from './factories';
import { outcome, startTestApp, TestApp } from './test-app';

const ADD = `mutation($input: AddReadingInput!) { addReading(input: $input) { id title revisionNumber currentRevision { number text } } }`;
const REVISE = `mutation($input: ReviseReadingInput!) { reviseReading(input: $input) { revisionNumber currentRevision { number text note } } }`;

describe('readings', () => {
  let api: TestApp;
  let owner: TestUser;
  let seminarId: string;
  let db: DataSource;

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    owner = await registerUser(api, 'Owner');
    seminarId = (await createSeminar(api, owner)).id;
  });
  afterAll(() => api.close());

  it('adds a reading as revision 1 and returns its text', async () => {
    const result = await api.gql<{
      addReading: { title: string; revisionNumber: number; currentRevision: { number: number; text: string } };
    }>(
      ADD,
      {
        input: {
          seminarId,
          title: 'Peace Theme: Human Security',
          author: 'Paul Heinbecker',
          text: 'The components of human security are not new.\r\nCrime is age-old.',
        },
      },
      owner.token,
    );
    expect(result.data?.addReading).toMatchObject({
      title: 'Peace Theme: Human Security',
      revisionNumber: 1,
      currentRevision: { number: 1, text: 'The components of human security are not new.\nCrime is age-old.' },
    });
  });

  it('keeps every revision immutable and numbered, and points the reading at the newest', async () => {
    const reading = await addReading(api, seminarId, owner, 'Version one.');
    await api.gql(REVISE, { input: { readingId: reading.id, text: 'Version two.', note: 'typo' } }, owner.token);
    const third = await api.gql<{ reviseReading: { revisionNumber: number } }>(
      REVISE,
      { input: { readingId: reading.id, text: 'Version three.' } },
      owner.token,
    );
    expect(third.data?.reviseReading.revisionNumber).toBe(3);
    const history = await api.gql<{ reading: { revisions: Array<{ number: number; note: string; text: string }> } }>(
      `query($id: ID!) { reading(id: $id) { revisions { number note text } } }`,
      { id: reading.id },
      owner.token,
    );
    expect(history.data?.reading.revisions).toEqual([
      { number: 3, note: '', text: 'Version three.' },
      { number: 2, note: 'typo', text: 'Version two.' },
      { number: 1, note: 'Original text', text: 'Version one.' },
    ]);
  });

  it('refuses a revision based on an outdated one with CONFLICT, and stores nothing', async () => {
    const reading = await addReading(api, seminarId, owner, 'Base.');
    await api.gql(REVISE, { input: { readingId: reading.id, text: 'Edit A.', baseRevision: 1 } }, owner.token);
    const stale = await api.gql(
      REVISE,
      { input: { readingId: reading.id, text: 'Edit B.', baseRevision: 1 } },
      owner.token,
    );
    expect(outcome(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].extensions?.currentRevision).toBe(2);
    const rows = await db.query('SELECT count(*)::int AS n FROM reading_revisions WHERE reading_id = $1', [reading.id]);
    expect(rows[0].n).toBe(2);
  });

  it('gives concurrent revisions distinct consecutive numbers', async () => {
    const reading = await addReading(api, seminarId, owner, 'Start.');
    await Promise.all(
      [1, 2, 3, 4].map((i) =>
        api.gql(REVISE, { input: { readingId: reading.id, text: `Concurrent ${i}.` } }, owner.token),
      ),
    );
    const rows: Array<{ number: number }> = await db.query(
      'SELECT number FROM reading_revisions WHERE reading_id = $1 ORDER BY number',
      [reading.id],
    );
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('accepts a text of 2 MB and refuses a larger one with BAD_USER_INPUT', async () => {
    const twoMegabytes = 'a'.repeat(2 * 1024 * 1024);
    const ok = await api.gql(
      `mutation($input: AddReadingInput!) { addReading(input: $input) { id } }`,
      { input: { seminarId, title: 'Long', text: twoMegabytes } },
      owner.token,
    );
    expect(outcome(ok)).toBe('OK');
    const tooBig = await api.gql(
      `mutation($input: AddReadingInput!) { addReading(input: $input) { id } }`,
      { input: { seminarId, title: 'Too long', text: twoMegabytes + 'b' } },
      owner.token,
    );
    expect(outcome(tooBig)).toBe('BAD_USER_INPUT');
    expect(tooBig.errors?.[0].message).toMatch(/at most 2 MB/);
  });

  it.each([
    ['an empty title', { title: '', text: 'x' }],
    ['an empty text', { title: 'T', text: '   ' }],
    ['an unknown format', { title: 'T', text: 'x', format: 'PDF' }],
    ['a malformed seminar id', { title: 'T', text: 'x', seminarId: 'nope' }],
    ['a title over 300 characters', { title: 'T'.repeat(301), text: 'x' }],
  ])('refuses %s with BAD_USER_INPUT', async (_, input) => {
    const result = await api.gql(
      `mutation($input: AddReadingInput!) { addReading(input: $input) { id } }`,
      { input: { seminarId, ...input } },
      owner.token,
    );
    expect(outcome(result)).toBe('BAD_USER_INPUT');
  });

  it('returns the first reading when an add is retried with the same clientId', async () => {
    const input = { seminarId, title: 'Once', text: 'Only once.', clientId: 'add-reading-retry-1' };
    const [a, b] = await Promise.all([
      api.gql<{ addReading: { id: string } }>(ADD, { input }, owner.token),
      api.gql<{ addReading: { id: string } }>(ADD, { input }, owner.token),
    ]);
    expect(a.data?.addReading.id).toBe(b.data?.addReading.id);
    const rows = await db.query(`SELECT count(*)::int AS n FROM readings WHERE client_id = 'add-reading-retry-1'`);
    expect(rows[0].n).toBe(1);
  });

  it('leaves nothing half-written when storing the first revision fails', async () => {
    // A trigger makes the database itself fail the second INSERT of the mutation's transaction.
    await db.query(`CREATE OR REPLACE FUNCTION glossa_test_fault() RETURNS trigger AS $$
      BEGIN IF NEW.text LIKE '%FAULT-INJECTION%' THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.query(
      `CREATE TRIGGER glossa_test_fault BEFORE INSERT ON reading_revisions FOR EACH ROW EXECUTE FUNCTION glossa_test_fault()`,
    );
    try {
      const before = await db.query('SELECT count(*)::int AS n FROM readings');
      const result = await api.gql(
        ADD,
        { input: { seminarId, title: 'Doomed', text: 'FAULT-INJECTION' } },
        owner.token,
      );
      expect(outcome(result)).toBe('INTERNAL_SERVER_ERROR');
      expect(result.errors?.[0].message).toMatch(/nothing was changed/);
      const after = await db.query('SELECT count(*)::int AS n FROM readings');
      expect(after[0].n).toBe(before[0].n);
      expect(await db.query(`SELECT id FROM readings WHERE title = 'Doomed'`)).toEqual([]);
    } finally {
      await db.query('DROP TRIGGER glossa_test_fault ON reading_revisions');
    }
  });

  it('pages through readings in the order they were added', async () => {
    const own = await createSeminar(api, owner, 'Paged');
    for (const n of [1, 2, 3])
      await api.gql(ADD, { input: { seminarId: own.id, title: `Reading ${n}`, text: 'x' } }, owner.token);
    type Page = {
      seminar: {
        readingCount: number;
        readings: { edges: Array<{ node: { title: string } }>; pageInfo: { endCursor: string; hasNextPage: boolean } };
      };
    };
    const query = `query($id: ID!, $after: String) { seminar(id: $id) { readingCount readings(first: 2, after: $after) { edges { node { title } } pageInfo { endCursor hasNextPage } } } }`;
    const first = await api.gql<Page>(query, { id: own.id }, owner.token);
    const second = await api.gql<Page>(
      query,
      { id: own.id, after: first.data!.seminar.readings.pageInfo.endCursor },
      owner.token,
    );
    expect(first.data!.seminar.readingCount).toBe(3);
    expect(
      [...first.data!.seminar.readings.edges, ...second.data!.seminar.readings.edges].map((e) => e.node.title),
    ).toEqual(['Reading 1', 'Reading 2', 'Reading 3']);
    expect(second.data!.seminar.readings.pageInfo.hasNextPage).toBe(false);
  });
});
