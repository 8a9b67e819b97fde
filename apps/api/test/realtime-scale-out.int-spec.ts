import { EventEnvelope, PresenceMessage, readingRoom, seminarRoom } from '@glossa/contracts';
import { RealtimeClient } from '@glossa/realtime-client';
import { Client } from 'pg';
import { addReading, createSeminar, joinAs, registerUser, TestUser } from './factories';
import type { ApiProcess } from './realtime-api-process';
import type { FailoverProxy } from './realtime-failover-proxy';
import { connectClient, eventually, sleep } from './realtime-sockets';
import { suiteNeedingRedis } from './scale-out-suite';
import { graphql, TestApp } from './test-app';
import { startTwoInstances, TwoInstances } from './two-instances';

const DATABASE_URL = process.env.GLOSSA_TEST_DATABASE_URL ?? '';
const REVISE = `mutation($input: ReviseReadingInput!) { reviseReading(input: $input) { id } }`;

const suite = suiteNeedingRedis('scale-out across API instances', { postgresServer: true });

suite('scale-out across API instances', () => {
  let a: ApiProcess;
  let b: ApiProcess;
  let instances: TwoInstances;
  let proxy: FailoverProxy;
  let proxyUrl: string;
  const clients: RealtimeClient[] = [];

  /** GraphQL straight to one instance; the factories need nothing but `gql`. */
  const through = (instance: ApiProcess) =>
    ({ gql: (query, variables, token) => graphql(`${instance.url}/graphql`, query, variables, token) }) as TestApp;

  beforeAll(async () => {
    instances = await startTwoInstances({
      SESSION_SECRET: 'scale-out-test-secret-0123456789abcdef',
      REALTIME_HEARTBEAT_MS: '500',
      REALTIME_PRESENCE_REFRESH_MS: '500',
    });
    ({ a, b, proxy, proxyUrl } = instances);
  }, 90_000);

  afterAll(async () => {
    for (const client of clients) client.close();
    await instances?.close();
  });

  it('takes a member removed through B out of the rooms their socket on A is in', async () => {
    const viaB = through(b);
    const owner = await registerUser(viaB, 'Owner');
    const member = await registerUser(viaB, 'Member');
    const seminar = await createSeminar(viaB, owner);
    await joinAs(viaB, seminar, owner, member, 'MEMBER');
    const reading = await addReading(viaB, seminar.id, owner);
    const onA = await connectClient(a.url, member.token);
    clients.push(onA);
    const closed: unknown[] = [];
    for (const room of [seminarRoom(seminar.id), readingRoom(reading.id)]) {
      await onA.subscribe(room, () => undefined, { onClosed: (reason) => closed.push(reason) }).ready;
    }
    const removed = await viaB.gql(
      `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { id } }`,
      { input: { seminarId: seminar.id, userId: member.id } },
      owner.token,
    );
    expect(removed.errors).toBeUndefined();
    await eventually(() => closed.length === 2, 'both rooms were revoked on A');
    expect(closed).toEqual(
      expect.arrayContaining([
        { room: seminarRoom(seminar.id), reason: 'ACCESS_REVOKED' },
        { room: readingRoom(reading.id), reason: 'ACCESS_REVOKED' },
      ]),
    );
    onA.close();
  });

  it('refuses a session signed out through B on A at once, though A had just found it valid', async () => {
    const viaA = through(a);
    const viaB = through(b);
    const reader = await registerUser(viaB, 'Reader');
    const unread = `{ unreadNotificationCount }`;
    // A looks the session up and remembers it as recently valid (SESSION_RECHECK_SECONDS, 10 s).
    expect((await viaA.gql(unread, {}, reader.token)).errors).toBeUndefined();
    const started = Date.now();
    expect((await viaB.gql(`mutation { signOut }`, {}, reader.token)).errors).toBeUndefined();
    // B tells A over Redis; A forgets the session well before the 10 s would have run out.
    let refused = false;
    while (!refused && Date.now() - started < 5_000) {
      refused = (await viaA.gql(unread, {}, reader.token)).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED';
      if (!refused) await sleep(20);
    }
    expect(refused).toBe(true);
  });

  it('delivers a change made through B to a client on A, and loses nothing when A is killed mid-stream', async () => {
    const viaB = through(b);
    const owner: TestUser = await registerUser(viaB, 'Owner');
    const member: TestUser = await registerUser(viaB, 'Member');
    const visitor: TestUser = await registerUser(viaB, 'Visitor');
    const seminar = await createSeminar(viaB, owner);
    await joinAs(viaB, seminar, owner, member, 'MEMBER');
    await joinAs(viaB, seminar, owner, visitor, 'MEMBER');
    const reading = await addReading(viaB, seminar.id, owner);
    const room = readingRoom(reading.id);
    const revise = (note: string) =>
      viaB.gql(REVISE, { input: { readingId: reading.id, text: `Text ${note}.`, note } }, owner.token);

    // The member reaches the service through the proxy, which sends them to A while A is up.
    const onA = await connectClient(proxyUrl, member.token, { socketOptions: { reconnectionDelayMax: 500 } });
    clients.push(onA);
    expect(proxy.connections.get(a.port)).toBe(1);
    expect(proxy.connections.get(b.port)).toBeUndefined();
    const received: EventEnvelope[] = [];
    const states: string[] = [];
    onA.onState((state) => states.push(state));
    await onA.subscribe(room, (event) => received.push(event), { since: 0 }).ready;

    // A visitor also on A, who will not come back once A dies.
    const visitorOnA = await connectClient(proxyUrl, visitor.token, { socketOptions: { reconnection: false } });
    clients.push(visitorOnA);
    await visitorOnA.subscribe(room, () => undefined).ready;

    // The owner watches from B directly: presence is one row across both instances.
    const onB = await connectClient(b.url, owner.token);
    clients.push(onB);
    const presenceOnB: PresenceMessage[] = [];
    onB.onPresence((message) => presenceOnB.push(message));
    await onB.subscribe(room, () => undefined, { since: 0 }).ready;
    const row = (client: RealtimeClient) =>
      client
        .presence(room)
        .map((u) => u.displayName)
        .join();
    await eventually(
      () => row(onA) === 'Member,Owner,Visitor' && row(onB) === 'Member,Owner,Visitor',
      'readers on both instances see all three',
    );

    await revise('through B');
    await eventually(() => received.length === 1, 'the client on A received the change made through B');
    expect(received[0]).toMatchObject({ seq: 1, type: 'reading.revised', payload: { note: 'through B' } });

    // Changes keep coming through B; A dies without a word (SIGKILL) in the middle of them.
    const total = 40;
    for (let i = 2; i <= total; i++) {
      if (i === 12) await a.stop('SIGKILL');
      const result = await revise(`change ${i}`);
      expect(result.errors).toBeUndefined();
      await sleep(10);
    }

    await eventually(() => received.length >= total, `the client has all ${total} events`, 20_000);
    await sleep(600); // a heartbeat or two: nothing more may arrive
    expect(proxy.connections.get(b.port)).toBeGreaterThanOrEqual(1);
    expect(states).toContain('reconnecting');
    expect(onA.state).toBe('connected');

    const db = new Client({ connectionString: DATABASE_URL });
    await db.connect();
    const stored = await db
      .query<{ seq: string }>('SELECT seq FROM events WHERE room = $1 ORDER BY seq', [room])
      .finally(() => db.end());
    expect(stored.rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(received.map((e) => e.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(received.map((e) => (e.payload as { note: string }).note)).toEqual([
      'through B',
      ...Array.from({ length: total - 1 }, (_, i) => `change ${i + 2}`),
    ]);

    // The visitor went down with A and is gone from the row; the member, back through B, is in it.
    await eventually(() => row(onB) === 'Member,Owner', 'presence dropped the visitor lost with A', 10_000);
    expect(presenceOnB.at(-1)?.users.map((u) => u.displayName)).toEqual(['Member', 'Owner']);
  });
});
