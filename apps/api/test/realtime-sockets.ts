import type { ClientToServerEvents, ConnectRefusal, ServerToClientEvents } from '@glossa/contracts';
import { SOCKET_PATH } from '@glossa/contracts';
import { ConnectionState, RealtimeClient, RealtimeClientOptions } from '@glossa/realtime-client';
import { io, ManagerOptions, Socket, SocketOptions } from 'socket.io-client';

export type RawSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A bare socket.io-client socket to the API at `url`, for testing the wire protocol itself. */
export function rawSocket(url: string, options: Partial<ManagerOptions & SocketOptions> = {}): RawSocket {
  return io(url, { path: SOCKET_PATH, transports: ['websocket'], forceNew: true, reconnection: false, ...options });
}

/** Resolves when the socket is connected; rejects with the server's refusal. */
export function connected(socket: RawSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

/** The handshake refusal of a socket the server must refuse. */
export function refused(socket: RawSocket): Promise<Error & { data?: ConnectRefusal }> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('the server accepted a handshake it should refuse')));
    socket.once('connect_error', resolve);
  });
}

interface Received {
  name: string;
  payload: unknown;
}

/**
 * Everything a socket received, in order, with waits for what should arrive and checks for what
 * must not. Attach it before connecting so nothing is missed.
 */
export class Inbox {
  readonly received: Received[] = [];
  private waiters: Array<{ match: (r: Received) => boolean; resolve: (r: Received) => void }> = [];

  constructor(socket: RawSocket) {
    socket.onAny((name: string, payload: unknown) => {
      const entry = { name, payload };
      this.received.push(entry);
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.match(entry)) return true;
        waiter.resolve(entry);
        return false;
      });
    });
  }

  /** The first message named `name` (already received or still to come) that satisfies `where`. */
  next<T = Record<string, unknown>>(
    name: string,
    where: (payload: T) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<T> {
    const match = (r: Received) => r.name === name && where(r.payload as T);
    const seen = this.received.find(match);
    if (seen) return Promise.resolve(seen.payload as T);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no "${name}" message matching the test within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push({
        match,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r.payload as T);
        },
      });
    });
  }

  all<T = Record<string, unknown>>(name: string, where: (payload: T) => boolean = () => true): T[] {
    return this.received.filter((r) => r.name === name && where(r.payload as T)).map((r) => r.payload as T);
  }
}

/** A RealtimeClient for `token` against `url`, connected. */
export async function connectClient(
  url: string,
  token: string,
  options: RealtimeClientOptions = {},
): Promise<RealtimeClient> {
  const client = new RealtimeClient({ url, token, gapGraceMs: 50, ...options });
  const state = waitForState(client, 'connected');
  client.connect();
  await state;
  return client;
}

export function waitForState(client: RealtimeClient, wanted: ConnectionState, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (client.state === wanted) return resolve();
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`client did not become ${wanted} within ${timeoutMs} ms (it is ${client.state})`));
    }, timeoutMs);
    const stop = client.onState((state) => {
      if (state !== wanted) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

/** Resolves once `check` holds, polling; rejects with `what` after `timeoutMs`. */
export async function eventually(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
