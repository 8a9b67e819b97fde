import { EventEnvelope, readingRoom } from '@glossa/contracts';
import { RealtimeClient } from '@glossa/realtime-client';
import { connect } from 'node:net';
import { Client } from 'pg';
import { CREATE_ANNOTATION, rangeOf } from './annotation-factories';
import { addReading, createSeminar, joinAs, registerUser } from './factories';
import { connectClient, eventually, sleep } from './realtime-sockets';
import { suiteNeedingRedis } from './scale-out-suite';
import { graphql, TestApp } from './test-app';
import { startTwoInstances, TwoInstances } from './two-instances';

const DATABASE_URL = process.env.GLOSSA_TEST_DATABASE_URL ?? '';
const TEXT = 'Human security puts people first, and sovereignty answers to them.';

const suite = suiteNeedingRedis('graceful shutdown of an API instance', { postgresServer: true });

/** A write as a client sees it: its clientId, every try, and how it ended. */
interface Write {
  clientId: string;
  tries: number;
  /** Tries that got an HTTP answer which was not a success (must stay empty). */
  refusals: string[];
  annotationId: string | null;
}

suite('graceful shutdown of an API instance', () => {
  let instances: TwoInstances;
  const listeners: RealtimeClient[] = [];

  beforeAll(async () => {
    instances = await startTwoInstances({
      SESSION_SECRET: 'graceful-shutdown-test-secret-0123456789',
      SHUTDOWN_GRACE_SECONDS: '3',
      POSTS_PER_MINUTE: '100000',
      // Heartbeats (which let clients notice a missed event and fetch it) are made rare, so every
      // event the watcher on B has must have been emitted live by the instance that committed it.
      REALTIME_HEARTBEAT_MS: '120000',
    });
  }, 90_000);

  afterAll(async () => {
    for (const listener of listeners) listener.close();
    await instances?.close();
  });

  it('on SIGTERM finishes the requests it took, emits what they committed, cuts a request that never ends at the grace period and hands its sockets to the other instance', async () => {
    const { a, b, proxy, proxyUrl } = instances;
    // Everything goes through the proxy, as through a load balancer: to A while A listens, then to B.
    const api = {
      gql: (query, variables, token) => graphql(`${proxyUrl}/graphql`, query, variables, token),
    } as TestApp;
    const owner = await registerUser(api, 'Owner');
    const member = await registerUser(api, 'Member');
    const seminar = await createSeminar(api, owner);
    await joinAs(api, seminar, owner, member, 'MEMBER');
    const reading = { ...(await addReading(api, seminar.id, owner, TEXT)), text: TEXT };
    const room = readingRoom(reading.id);

    const listener = await connectClient(proxyUrl, member.token, { socketOptions: { reconnectionDelayMax: 300 } });
    listeners.push(listener);
    const states: string[] = [];
    listener.onState((state) => states.push(state));
    const received: EventEnvelope[] = [];
    await listener.subscribe(room, (event) => received.push(event), { since: 0 }).ready;
    expect(proxy.connections.get(a.port)).toBeGreaterThan(0);
    const watcher = await connectClient(b.url, owner.token);
    listeners.push(watcher);
    const watched: EventEnvelope[] = [];
    await watcher.subscribe(room, (event) => watched.push(event), { since: 0 }).ready;

    // Steady writes from four writers. A try that gets no HTTP answer at all (the connection was
    // refused or closed before a request was taken) is sent again with the same clientId, which the
    // API answers with the first result: so retrying can never duplicate.
    const annotation = {
      readingId: reading.id,
      revisionNumber: 1,
      target: rangeOf(TEXT, 'sovereignty'),
      motivation: 'commenting',
      body: 'Sovereignty as responsibility.',
    };
    const writes: Write[] = [];
    let writing = true;
    let sequence = 0;
    async function writer(): Promise<void> {
      while (writing) {
        const write: Write = { clientId: `shutdown-${(sequence += 1)}`, tries: 0, refusals: [], annotationId: null };
        writes.push(write);
        while (write.annotationId === null && write.tries < 20) {
          write.tries += 1;
          let answer: Response;
          try {
            answer = await fetch(`${proxyUrl}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}` },
              body: JSON.stringify({
                query: CREATE_ANNOTATION,
                variables: { input: { ...annotation, clientId: write.clientId } },
              }),
            });
          } catch {
            await sleep(20);
            continue;
          }
          // An HTTP answer means the request was taken: it must be a success.
          const text = await answer.text().catch((error: unknown) => `unreadable body: ${String(error)}`);
          try {
            const result = JSON.parse(text) as { data?: { createAnnotation: { id: string } } };
            if (answer.ok && result.data) write.annotationId = result.data.createAnnotation.id;
            else write.refusals.push(`${answer.status} ${text}`);
          } catch {
            write.refusals.push(`${answer.status} ${text}`);
          }
          if (write.refusals.length > 0) break;
        }
      }
    }
    const writers = Promise.all([writer(), writer(), writer(), writer()]);
    await eventually(() => writes.length >= 40, 'forty writes are under way through A', 20_000);

    // And a client that starts a request on A and never sends its body.
    const stuck = connect(a.port, '127.0.0.1');
    await new Promise<void>((resolve) => stuck.once('connect', () => resolve()));
    stuck.on('error', () => undefined);
    stuck.write(
      'POST /graphql HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query',
    );
    const stuckClosed = new Promise<void>((resolve) => stuck.once('close', () => resolve()));
    await sleep(100);

    const stopping = Date.now();
    await a.stop('SIGTERM');
    const stoppedWithinMs = Date.now() - stopping;
    const beforeStop = writes.length;
    await eventually(() => writes.length >= beforeStop + 40, 'forty more writes went through B', 20_000);
    writing = false;
    await writers;

    // Every write ended with its annotation, none was refused, and none was written twice.
    expect(writes.filter((w) => w.annotationId === null || w.refusals.length > 0)).toEqual([]);
    const ids = writes.map((w) => w.annotationId);
    expect(new Set(ids).size).toBe(writes.length);
    // The stuck request was cut when the grace period (3 s here) ran out, so A still stopped in time.
    await stuckClosed;
    expect(stoppedWithinMs).toBeLessThan(10_000);
    expect(a.child.exitCode === 0 || a.child.signalCode === 'SIGTERM').toBe(true);
    expect(a.output()).not.toMatch(/did not stop within/);

    // The listener went over to B and has every event of the room, once each and in order.
    const db = new Client({ connectionString: DATABASE_URL });
    await db.connect();
    const stored = await db
      .query<{ seq: string; type: string }>('SELECT seq, type FROM events WHERE room = $1 ORDER BY seq', [room])
      .finally(() => db.end());
    const created = stored.rows.filter((row) => row.type === 'annotation.created').length;
    expect(created).toBe(writes.length);
    await eventually(() => received.length >= stored.rows.length, 'the listener has every stored event', 20_000);
    await sleep(600);
    expect(received.map((e) => e.seq)).toEqual(stored.rows.map((row) => Number(row.seq)));
    // What A committed while stopping it emitted before closing its sockets: B's watcher had it live.
    await eventually(() => watched.length >= stored.rows.length, 'the watcher on B has every event live', 5_000);
    expect(watched.map((e) => e.seq)).toEqual(stored.rows.map((row) => Number(row.seq)));
    expect(states).toContain('reconnecting');
    expect(listener.state).toBe('connected');
    expect(proxy.connections.get(b.port)).toBeGreaterThan(0);
  });
});
