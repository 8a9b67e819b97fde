import { EventEnvelope, readingRoom } from '@glossa/contracts';
import { memorySeqStore } from '@glossa/realtime-client';
import { EventLog } from '../src/events/event-log';
import { addReading, Cast, registerCast, seminarFor } from './factories';
import { connectClient, eventually, sleep, waitForState } from './realtime-sockets';
import { startTestApp, TestApp } from './test-app';

const REVISE = `mutation($input: ReviseReadingInput!) { reviseReading(input: $input) { id } }`;

describe('lossless catch-up', () => {
  let api: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    api = await startTestApp();
    cast = await registerCast(api);
  });
  afterAll(() => api.close());

  it('gives a client that was away for 100 changes exactly those 100, in seq order, then live events', async () => {
    const seminar = await seminarFor(api, cast);
    const reading = await addReading(api, seminar.id, cast.OWNER);
    const room = readingRoom(reading.id);
    const revise = (note: string) =>
      api.gql(REVISE, { input: { readingId: reading.id, text: `Text ${note}.`, note } }, cast.OWNER.token);

    const client = await connectClient(api.url, cast.MEMBER.token, { store: memorySeqStore() });
    const received: EventEnvelope[] = [];
    const subscription = client.subscribe(room, (event) => received.push(event));
    await subscription.ready;
    await revise('before');
    await eventually(() => received.length === 1, 'the first live event arrived');

    client.close();
    await waitForState(client, 'closed');
    for (let i = 1; i <= 100; i++) {
      const result = await revise(`away ${i}`);
      expect(result.errors).toBeUndefined();
    }

    const reconnected = waitForState(client, 'connected');
    client.connect();
    await reconnected;
    await eventually(() => received.length === 101, 'the 100 missed events arrived', 15_000);
    await revise('after');
    await eventually(() => received.length === 102, 'the next live event arrived');
    await sleep(200);

    const stored = await api.app.get(EventLog).since(room, 0, 1000);
    expect(received.map((e) => e.seq)).toEqual(Array.from({ length: 102 }, (_, i) => i + 1));
    expect(received).toEqual(stored);
    expect(received.slice(1, 101).map((e) => (e.payload as { note: string }).note)).toEqual(
      Array.from({ length: 100 }, (_, i) => `away ${i + 1}`),
    );
    expect(client.lastSeq(room)).toBe(102);
    client.close();
  });

  it('resumes from a persisted seq in a new client (a reloaded page), replaying only what followed', async () => {
    const seminar = await seminarFor(api, cast);
    const reading = await addReading(api, seminar.id, cast.OWNER);
    const room = readingRoom(reading.id);
    const revise = () =>
      api.gql(REVISE, { input: { readingId: reading.id, text: `T ${Math.random()}` } }, cast.OWNER.token);
    const store = memorySeqStore();

    const first = await connectClient(api.url, cast.OBSERVER.token, { store });
    const firstSeen: number[] = [];
    await first.subscribe(room, (e) => firstSeen.push(e.seq), { since: 0 }).ready;
    for (let i = 0; i < 3; i++) await revise();
    await eventually(() => firstSeen.length === 3, 'three live events arrived');
    first.close();

    for (let i = 0; i < 4; i++) await revise();
    const second = await connectClient(api.url, cast.OBSERVER.token, { store });
    const secondSeen: number[] = [];
    await second.subscribe(room, (e) => secondSeen.push(e.seq)).ready;
    expect(secondSeen).toEqual([4, 5, 6, 7]);
    second.close();
  });
});
