import { EventEnvelope, readingRoom } from '@glossa/contracts';
import { RealtimeClient } from '@glossa/realtime-client';
import { Client } from 'pg';
import { addReading, createSeminar, joinAs, registerUser, TestUser } from './factories';
import { faultSuite } from './fault-suite';
import { OwnRedis } from './own-redis';
import type { ApiProcess } from './realtime-api-process';
import { connectClient, eventually, sleep } from './realtime-sockets';
import { SteadyWrites } from './steady-writes';
import { graphql, TestApp } from './test-app';
import { startTwoInstances, TwoInstances } from './two-instances';

const DATABASE_URL = process.env.GLOSSA_TEST_DATABASE_URL ?? '';
const TEXT = 'Human security puts people first, and sovereignty answers to them.';
const SOCKETS = 200;
const MEMBERS = 10;
const suite = faultSuite('faults of Redis and of an instance under live traffic', { postgres: false, redis: true });

/** The seq numbers of a room's events as the event log holds them. */
async function storedSeqs(room: string): Promise<number[]> {
  const db = new Client({ connectionString: DATABASE_URL });
  await db.connect();
  const stored = await db
    .query<{ seq: string }>('SELECT seq FROM events WHERE room = $1 ORDER BY seq', [room])
    .finally(() => db.end());
  return stored.rows.map((r) => Number(r.seq));
}

// Two API instances on a Redis of the test's own (stopped and started by the first test) and the
// run's PostgreSQL server; the second test kills instance A.
suite('faults of Redis and of an instance under live traffic', () => {
  let redis: OwnRedis;
  let instances: TwoInstances;
  const clients: RealtimeClient[] = [];
  const through = (instance: ApiProcess) =>
    ({ gql: (query, variables, token) => graphql(`${instance.url}/graphql`, query, variables, token) }) as TestApp;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    instances = await startTwoInstances(
      {
        REDIS_URL: redis.url,
        SESSION_SECRET: 'instance-faults-test-secret-0123456789',
        POSTS_PER_MINUTE: '100000',
        REALTIME_HEARTBEAT_MS: '1000',
      },
      120_000,
    );
  }, 150_000);

  afterAll(async () => {
    for (const client of clients) client.close();
    await instances?.close();
    await redis?.halt();
  });

  it('keeps each instance serving its own sockets while Redis is down, then resumes and backfills what crossed', async () => {
    const { a, b } = instances;
    const viaA = through(a);
    const owner = await registerUser(viaA, 'Owner');
    const member = await registerUser(viaA, 'Member');
    const seminar = await createSeminar(viaA, owner);
    await joinAs(viaA, seminar, owner, member, 'MEMBER');
    const reading = { ...(await addReading(viaA, seminar.id, owner, TEXT)), text: TEXT };
    const room = readingRoom(reading.id);

    const onA = await connectClient(a.url, member.token);
    const onB = await connectClient(b.url, owner.token);
    clients.push(onA, onB);
    const receivedOnA: EventEnvelope[] = [];
    const receivedOnB: EventEnvelope[] = [];
    await onA.subscribe(room, (event) => receivedOnA.push(event), { since: 0 }).ready;
    await onB.subscribe(room, (event) => receivedOnB.push(event), { since: 0 }).ready;

    // One member writes through A, the owner through B, all along.
    const writes = new SteadyWrites(reading, 'sovereignty', 'redis-outage');
    writes.start([
      { user: member, url: () => a.url },
      { user: owner, url: () => b.url },
    ]);
    await sleep(1500);
    await redis.halt();
    const atOutage = { a: receivedOnA.length, b: receivedOnB.length };
    await sleep(3000);
    // Down: every write still went through, and each instance's own clients heard of its writes.
    const duringOutage = { a: receivedOnA.length - atOutage.a, b: receivedOnB.length - atOutage.b };
    await redis.resume();
    await sleep(2500);
    await writes.stop();

    expect(instances.unexpectedExits()).toEqual([]);
    expect(writes.summary()).toEqual({ outcomes: { OK: writes.records.length }, unanswered: [] });
    expect(duringOutage.a).toBeGreaterThan(0);
    expect(duringOutage.b).toBeGreaterThan(0);

    const all = await storedSeqs(room);
    expect(all).toHaveLength(writes.records.length);
    // Both clients end with every event once and in order: what did not cross was backfilled.
    await eventually(() => receivedOnA.length >= all.length && receivedOnB.length >= all.length, 'both clients have every event', 20_000);
    await sleep(1200); // a heartbeat: nothing more may arrive
    expect(receivedOnA.map((e) => e.seq)).toEqual(all);
    expect(receivedOnB.map((e) => e.seq)).toEqual(all);
    expect(onA.state).toBe('connected');
    expect(onB.state).toBe('connected');
  }, 90_000);

  it(`loses and duplicates nothing for ${SOCKETS} listening sockets when their instance is killed mid-stream`, async () => {
    const { a, b, proxy, proxyUrl } = instances;
    const viaB = through(b);
    const owner = await registerUser(viaB, 'Owner');
    const seminar = await createSeminar(viaB, owner);
    const members: TestUser[] = [];
    for (let i = 0; i < MEMBERS; i++) {
      const member = await registerUser(viaB, `Member ${i}`);
      await joinAs(viaB, seminar, owner, member, 'MEMBER');
      members.push(member);
    }
    const reading = { ...(await addReading(viaB, seminar.id, owner, TEXT)), text: TEXT };
    const room = readingRoom(reading.id);

    // Every listener reaches the service through the proxy, which sends them all to A while A is up.
    const received: EventEnvelope[][] = [];
    for (let i = 0; i < SOCKETS; i += 20) {
      const batch = await Promise.all(
        Array.from({ length: 20 }, (_, j) =>
          connectClient(proxyUrl, members[(i + j) % MEMBERS].token, { socketOptions: { reconnectionDelayMax: 500 } }),
        ),
      );
      clients.push(...batch);
      await Promise.all(
        batch.map((client) => {
          const events: EventEnvelope[] = [];
          received.push(events);
          return client.subscribe(room, (event) => events.push(event), { since: 0 }).ready;
        }),
      );
    }
    expect(proxy.connections.get(a.port)).toBe(SOCKETS);

    // Writes go on through B from several writers; A dies without a word in the middle of them.
    const writes = new SteadyWrites(reading, 'sovereignty', 'instance-kill');
    writes.start([owner, ...members.slice(0, 3)].map((user) => ({ user, url: () => b.url })));
    await sleep(1500);
    await a.stop('SIGKILL');
    await sleep(3000);
    await writes.stop();
    expect(writes.summary()).toEqual({ outcomes: { OK: writes.records.length }, unanswered: [] });

    const all = await storedSeqs(room);
    expect(all).toHaveLength(writes.records.length);

    await eventually(() => received.every((events) => events.length >= all.length), `all ${SOCKETS} sockets have every event`, 45_000);
    await sleep(1200); // a heartbeat: nothing more may arrive
    const wrong = received.filter((events) => events.map((e) => e.seq).join() !== all.join());
    expect(wrong).toHaveLength(0);
    expect(proxy.connections.get(b.port)).toBe(SOCKETS);
  }, 120_000);
});
