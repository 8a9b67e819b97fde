import type { ConnectionState, RealtimeSocket } from './client-types';
import { ConnectionLifecycle, retryDelayMs } from './connection-lifecycle';

/** The part of socket.io-client the lifecycle uses; the test plays the server. */
class ScriptedSocket {
  active = true;
  connectCalls = 0;
  private readonly handlers = new Map<string, Array<(...args: unknown[]) => void>>();

  on(name: string, handler: (...args: unknown[]) => void): this {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler]);
    return this;
  }
  connect(): this {
    this.connectCalls += 1;
    return this;
  }
  disconnect(): this {
    this.fire('disconnect', 'io client disconnect');
    return this;
  }
  fire(name: string, ...args: unknown[]): void {
    for (const handler of this.handlers.get(name) ?? []) handler(...args);
  }
  refuse(code: string): void {
    this.fire('connect_error', Object.assign(new Error(code), { data: { code } }));
  }
}

function lifecycle() {
  const socket = new ScriptedSocket();
  const calls: string[] = [];
  const states: ConnectionState[] = [];
  const connection = new ConnectionLifecycle(socket as unknown as RealtimeSocket, {
    connected: () => calls.push('connected'),
    lost: () => calls.push('lost'),
  });
  connection.onState((state) => states.push(state));
  return { socket, connection, calls, states };
}

describe('retryDelayMs', () => {
  it('doubles from 250 ms up to 10 s', () => {
    expect([0, 1, 2, 3, 5, 6, 20].map(retryDelayMs)).toEqual([250, 500, 1000, 2000, 8000, 10_000, 10_000]);
  });
});

describe('ConnectionLifecycle', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('goes from idle to connecting to connected, and then has the rooms subscribed', () => {
    const { socket, connection, calls, states } = lifecycle();
    expect(connection.state).toBe('idle');
    connection.connect();
    expect(socket.connectCalls).toBe(1);
    socket.fire('connect');
    expect(states).toEqual(['connecting', 'connected']);
    expect(calls).toEqual(['connected']);
  });

  it('is reconnecting when the connection drops, and leaves the retrying to socket.io-client', () => {
    const { socket, connection, calls, states } = lifecycle();
    connection.connect();
    socket.fire('connect');
    socket.fire('disconnect', 'transport close');
    jest.advanceTimersByTime(60_000);
    expect(states).toEqual(['connecting', 'connected', 'reconnecting']);
    expect(calls).toEqual(['connected', 'lost']);
    expect(socket.connectCalls).toBe(1);
  });

  it('reconnects, backing off, when the server ended the socket', () => {
    const { socket, connection } = lifecycle();
    connection.connect();
    socket.fire('connect');
    socket.fire('disconnect', 'io server disconnect');
    jest.advanceTimersByTime(249);
    expect(socket.connectCalls).toBe(1);
    jest.advanceTimersByTime(1);
    expect(socket.connectCalls).toBe(2);
    socket.active = false;
    socket.refuse('UNAVAILABLE');
    jest.advanceTimersByTime(499);
    expect(socket.connectCalls).toBe(2);
    jest.advanceTimersByTime(1);
    expect(socket.connectCalls).toBe(3);
    expect(connection.state).toBe('reconnecting');
  });

  it('starts the back-off over once connected again', () => {
    const { socket, connection } = lifecycle();
    connection.connect();
    socket.active = false;
    socket.refuse('UNAVAILABLE');
    jest.advanceTimersByTime(250);
    socket.refuse('UNAVAILABLE');
    jest.advanceTimersByTime(500);
    socket.fire('connect');
    socket.fire('disconnect', 'io server disconnect');
    const before = socket.connectCalls;
    jest.advanceTimersByTime(250);
    expect(socket.connectCalls).toBe(before + 1);
  });

  it('retries a refusal that socket.io-client gave up on, while still connecting for the first time', () => {
    const { socket, connection, states } = lifecycle();
    connection.connect();
    socket.active = false;
    socket.refuse('UNAVAILABLE');
    expect(states).toEqual(['connecting']);
    jest.advanceTimersByTime(250);
    expect(socket.connectCalls).toBe(2);
  });

  it('is unauthorized, and stops, when the server refuses the session', () => {
    const { socket, connection, states } = lifecycle();
    connection.connect();
    socket.active = false;
    socket.refuse('UNAUTHENTICATED');
    jest.advanceTimersByTime(60_000);
    expect(states).toEqual(['connecting', 'unauthorized']);
    expect(socket.connectCalls).toBe(1);
    connection.connect();
    expect(connection.state).toBe('connecting');
  });

  it('stays closed after close(), with no retry pending', () => {
    const { socket, connection, calls } = lifecycle();
    connection.connect();
    socket.fire('connect');
    socket.fire('disconnect', 'io server disconnect');
    connection.close();
    jest.advanceTimersByTime(60_000);
    expect(connection.state).toBe('closed');
    expect(calls).toEqual(['connected', 'lost', 'lost']);
    expect(socket.connectCalls).toBe(1);
  });

  it('reconnects after close() when asked to, as reconnecting', () => {
    const { socket, connection } = lifecycle();
    connection.connect();
    socket.fire('connect');
    connection.close();
    connection.connect();
    expect(connection.state).toBe('reconnecting');
    expect(socket.connectCalls).toBe(2);
  });

  it('stops telling a listener once it unsubscribed', () => {
    const { socket, connection } = lifecycle();
    const seen: ConnectionState[] = [];
    const stop = connection.onState((state) => seen.push(state));
    connection.connect();
    stop();
    socket.fire('connect');
    expect(seen).toEqual(['connecting']);
  });
});
