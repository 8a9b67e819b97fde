import type { EventEnvelope } from '@glossa/contracts';
import { RealtimeClient, RealtimeSocket } from './realtime-client';
import { memorySeqStore } from './seq-store';

const ID = '4b4f0c52-3c1e-4a53-9b6a-0f4f1b1e2d3c';
const ROOM = `seminar:${ID}`;

function event(seq: number): EventEnvelope {
  return {
    room: ROOM,
    seq,
    type: 'member.left',
    payload: { seminarId: ID, userId: ID, removedBy: null },
    actorId: ID,
    at: '2026-01-01T00:00:00.000Z',
  };
}

/** Stands in for socket.io-client: records what the client sends, lets the test play the server. */
class FakeSocket {
  connected = false;
  active = true;
  sent: Array<[string, unknown]> = [];
  private readonly listeners = new Map<string, Array<(...args: unknown[]) => void>>();

  on(name: string, listener: (...args: unknown[]) => void): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  emit(name: string, payload: unknown): this {
    this.sent.push([name, payload]);
    return this;
  }
  connect(): this {
    return this;
  }
  disconnect(): this {
    this.connected = false;
    this.fire('disconnect', 'io client disconnect');
    return this;
  }
  fire(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(...args);
  }
  up(): void {
    this.connected = true;
    this.fire('connect');
  }
  down(): void {
    this.connected = false;
    this.fire('disconnect', 'transport close');
  }
  take(): Array<[string, unknown]> {
    const sent = this.sent;
    this.sent = [];
    return sent;
  }
}

function setup(options: { since?: number } = {}) {
  const socket = new FakeSocket();
  const client = new RealtimeClient({
    socketFactory: () => socket as unknown as RealtimeSocket,
    gapGraceMs: 100,
    store: memorySeqStore(),
  }).connect();
  const received: number[] = [];
  const subscription = client.subscribe(ROOM, (e) => received.push(e.seq), options);
  socket.up();
  return { socket, client, received, subscription };
}

describe('RealtimeClient', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('subscribes with since, delivers the replay and live events once each, in order', async () => {
    const { socket, received, subscription } = setup({ since: 2 });
    expect(socket.take()).toEqual([['subscribe', { room: ROOM, since: 2 }]]);
    socket.fire('event', event(5));
    socket.fire('replay', { room: ROOM, events: [event(3), event(4), event(5)] });
    socket.fire('synced', { room: ROOM, seq: 5 });
    socket.fire('event', event(5));
    socket.fire('event', event(6));
    expect(received).toEqual([3, 4, 5, 6]);
    await expect(subscription.ready).resolves.toBe(5);
  });

  it('re-subscribes after a reconnect with the last seq it delivered', () => {
    const { socket, client } = setup({ since: 0 });
    socket.fire('synced', { room: ROOM, seq: 0 });
    socket.fire('event', event(1));
    socket.down();
    expect(client.state).toBe('reconnecting');
    socket.take();
    socket.up();
    expect(client.state).toBe('connected');
    expect(socket.take()).toEqual([['subscribe', { room: ROOM, since: 1 }]]);
  });

  it('backfills a gap announced by a heartbeat after the grace period', () => {
    const { socket, received } = setup({ since: 0 });
    socket.fire('synced', { room: ROOM, seq: 0 });
    socket.take();
    socket.fire('heartbeat', { room: ROOM, seq: 2 });
    jest.advanceTimersByTime(99);
    expect(socket.take()).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(socket.take()).toEqual([['backfill', { room: ROOM, since: 0 }]]);
    socket.fire('replay', { room: ROOM, events: [event(1), event(2)] });
    socket.fire('synced', { room: ROOM, seq: 2 });
    expect(received).toEqual([1, 2]);
  });

  it('does not backfill when the missing event arrives within the grace period', () => {
    const { socket, received } = setup({ since: 0 });
    socket.fire('synced', { room: ROOM, seq: 0 });
    socket.take();
    socket.fire('event', event(2));
    jest.advanceTimersByTime(50);
    socket.fire('event', event(1));
    jest.advanceTimersByTime(500);
    expect(socket.take()).toEqual([]);
    expect(received).toEqual([1, 2]);
  });

  it('without since, starts from where the room stands when it subscribes', () => {
    const { socket, received } = setup();
    expect(socket.take()).toEqual([['subscribe', { room: ROOM }]]);
    socket.fire('event', event(8));
    socket.fire('synced', { room: ROOM, seq: 7 });
    expect(received).toEqual([8]);
  });

  it('tells the subscriber to reload when the server could not replay', () => {
    const socket = new FakeSocket();
    const client = new RealtimeClient({ socketFactory: () => socket as unknown as RealtimeSocket }).connect();
    const stale: number[] = [];
    client.subscribe(ROOM, () => undefined, { since: 1, onStale: (seq) => stale.push(seq) });
    socket.up();
    socket.fire('synced', { room: ROOM, seq: 90_000, stale: true });
    expect(stale).toEqual([90_000]);
    expect(client.lastSeq(ROOM)).toBe(90_000);
  });

  it('ends the subscription when access is revoked, and does not resubscribe after a reconnect', () => {
    const socket = new FakeSocket();
    const client = new RealtimeClient({ socketFactory: () => socket as unknown as RealtimeSocket }).connect();
    const closed: unknown[] = [];
    client.subscribe(ROOM, () => undefined, { onClosed: (reason) => closed.push(reason) });
    socket.up();
    socket.fire('unsubscribed', { room: ROOM, reason: 'ACCESS_REVOKED' });
    expect(closed).toEqual([{ room: ROOM, reason: 'ACCESS_REVOKED' }]);
    socket.down();
    socket.take();
    socket.up();
    expect(socket.take()).toEqual([]);
  });

  it('reports a refused session as unauthorized', () => {
    const socket = new FakeSocket();
    const client = new RealtimeClient({ socketFactory: () => socket as unknown as RealtimeSocket }).connect();
    socket.active = false;
    socket.fire('connect_error', Object.assign(new Error('Sign in first'), { data: { code: 'UNAUTHENTICATED' } }));
    expect(client.state).toBe('unauthorized');
  });

  it('keeps counting events it cannot deliver, and reports them', () => {
    const { socket, client, received } = setup({ since: 0 });
    const problems: string[] = [];
    client.onError((problem) => problems.push(problem.code));
    socket.fire('event', { ...event(1), type: 'poll.created' });
    socket.fire('event', event(2));
    expect(received).toEqual([2]);
    expect(problems).toEqual(['INVALID_EVENT']);
  });

  it('persists the last seq so a new client resumes from it', () => {
    const store = memorySeqStore();
    const socket = new FakeSocket();
    const first = new RealtimeClient({ socketFactory: () => socket as unknown as RealtimeSocket, store }).connect();
    first.subscribe(ROOM, () => undefined, { since: 0 });
    socket.up();
    socket.fire('event', event(1));
    const next = new FakeSocket();
    new RealtimeClient({ socketFactory: () => next as unknown as RealtimeSocket, store })
      .connect()
      .subscribe(ROOM, () => undefined);
    next.up();
    expect(next.take()).toEqual([['subscribe', { room: ROOM, since: 1 }]]);
  });
});
