import { readingRoom } from '@glossa/contracts';
import { addReading, createSeminar, joinAs, registerUser, TestUser } from './factories';
import { faultSuite } from './fault-suite';
import { OwnPostgres } from './own-postgres';
import { sleep } from './realtime-sockets';
import { SteadyWrites } from './steady-writes';
import { startTestApp, TestApp } from './test-app';
import { createDatabaseOn, TestDatabase } from './test-database';

const TEXT = 'Human security puts people first, and sovereignty answers to them.';
const suite = faultSuite('PostgreSQL restarted under steady writes', { postgres: true, redis: false });

suite('PostgreSQL restarted under steady writes', () => {
  let postgres: OwnPostgres;
  let database: TestDatabase;
  let api: TestApp;

  beforeAll(async () => {
    postgres = await OwnPostgres.start();
    database = await createDatabaseOn(postgres.url);
    api = await startTestApp({ databaseUrl: database.url, databasePoolSize: 4 });
  }, 90_000);

  afterAll(async () => {
    await api?.close();
    await postgres?.stop();
  });

  it('answers writes during the outage UNAVAILABLE (retryable), half-writes nothing, and recovers by itself', async () => {
    const owner = await registerUser(api, 'Owner');
    const members: TestUser[] = [await registerUser(api, 'First'), await registerUser(api, 'Second')];
    const seminar = await createSeminar(api, owner);
    for (const member of members) await joinAs(api, seminar, owner, member, 'MEMBER');
    const reading = { ...(await addReading(api, seminar.id, owner, TEXT)), text: TEXT };

    const writes = new SteadyWrites(reading, 'sovereignty', 'pg-restart');
    writes.start([owner, ...members].map((user) => ({ user, url: () => api.url })));
    await sleep(1500);
    await postgres.halt();
    await sleep(2500);
    await postgres.resume();
    await sleep(2500);
    await writes.stop();

    // During the outage the API said so, in the fixed shape a client can act on, and nothing else.
    const outcomes = writes.outcomes();
    expect(Object.keys(outcomes).sort()).toEqual(['OK', 'UNAVAILABLE']);
    expect(outcomes.UNAVAILABLE).toBeGreaterThan(0);
    // It recovered without a restart: writes after the outage went through at the first try.
    const lastWrites = writes.records.slice(-3);
    expect(lastWrites.every((r) => r.tries.join() === 'OK')).toBe(true);
    const failure = await api.gql(`mutation { createSeminar(input: { name: "" }) { id } }`, {}, owner.token);
    expect(failure.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // Every write that was retried with its clientId exists exactly once; none is half there.
    const finished = writes.records.filter((r) => r.tries.at(-1) === 'OK');
    expect(finished).toHaveLength(writes.records.length);
    const rows = (await postgres.query(
      `SELECT a.id, a.client_id, a.thread_id, count(*) OVER (PARTITION BY a.client_id) AS copies
         FROM annotations a WHERE a.reading_id = $1`,
      [reading.id],
      databaseName(database.url),
    )) as Array<{ id: string; client_id: string; thread_id: string | null; copies: string }>;
    expect(rows.map((r) => r.client_id).sort()).toEqual(finished.map((r) => r.clientId).sort());
    expect(rows.every((r) => Number(r.copies) === 1 && r.thread_id !== null)).toBe(true);

    // The room's event log is gap-free and holds one created event per annotation, never two.
    const events = (await postgres.query(
      `SELECT seq, type, payload->'annotation'->>'id' AS annotation_id FROM events WHERE room = $1 ORDER BY seq`,
      [readingRoom(reading.id)],
      databaseName(database.url),
    )) as Array<{ seq: string; type: string; annotation_id: string | null }>;
    expect(events.map((e) => Number(e.seq))).toEqual(events.map((_, i) => i + 1));
    const created = events.filter((e) => e.type === 'annotation.created').map((e) => e.annotation_id);
    expect(created.sort()).toEqual(rows.map((r) => r.id).sort());
  }, 60_000);
});

function databaseName(url: string): string {
  return new URL(url).pathname.slice(1);
}
