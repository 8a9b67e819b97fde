import type { ConnectRefusal } from '@glossa/contracts';
import type { ConnectionState, RealtimeSocket } from './client-types';

/** What the client does when the connection comes and goes. */
export interface ConnectionHooks {
  /** Connected, for the first time or again: subscribe to every room. */
  connected(): void;
  /** The connection dropped or was closed: whatever was in flight (subscribes, backfills) is lost. */
  lost(): void;
}

/** Refusals that no retry can fix: the user has to sign in again. */
const FINAL_REFUSALS: ReadonlyArray<ConnectRefusal['code']> = ['UNAUTHENTICATED', 'FORBIDDEN'];

/** How long to wait before the retry after `attempt` earlier ones: doubling from 250 ms, at most 10 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(250 * 2 ** attempt, 10_000);
}

/**
 * The connection's `ConnectionState`, followed from socket.io-client's events. socket.io-client
 * reconnects after a dropped transport by itself, but not when the server ended the socket or its
 * middleware refused the handshake (e.g. UNAVAILABLE while it starts): then this retries, backing
 * off, unless the refusal is final or the client was closed.
 */
export class ConnectionLifecycle {
  private current: ConnectionState = 'idle';
  private everConnected = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retries = 0;
  private readonly listeners = new Set<(state: ConnectionState) => void>();

  constructor(
    private readonly socket: RealtimeSocket,
    private readonly hooks: ConnectionHooks,
  ) {
    this.listen();
  }

  get state(): ConnectionState {
    return this.current;
  }

  onState(listener: (state: ConnectionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  connect(): void {
    if (this.current === 'idle' || this.current === 'closed' || this.current === 'unauthorized') {
      this.setState(this.everConnected ? 'reconnecting' : 'connecting');
      this.socket.connect();
    }
  }

  close(): void {
    this.clearRetry();
    this.setState('closed');
    this.socket.disconnect();
  }

  private listen(): void {
    const socket = this.socket;
    socket.on('connect', () => {
      this.everConnected = true;
      this.retries = 0;
      this.clearRetry();
      this.setState('connected');
      this.hooks.connected();
    });
    socket.on('disconnect', (reason) => {
      this.hooks.lost();
      if (this.current === 'closed') return;
      this.setState('reconnecting');
      // The server ended this socket on purpose; socket.io-client would not retry by itself.
      if (reason === 'io server disconnect') this.retryLater();
    });
    socket.on('connect_error', (error: Error & { data?: Partial<ConnectRefusal> }) => {
      const code = error.data?.code;
      if (code && FINAL_REFUSALS.includes(code)) {
        this.setState('unauthorized');
        return;
      }
      if (this.current === 'closed') return;
      this.setState(this.everConnected ? 'reconnecting' : 'connecting');
      // Refused by the server's middleware (UNAVAILABLE): socket.io-client gives up; we do not.
      if (!socket.active) this.retryLater();
    });
  }

  private retryLater(): void {
    if (this.retryTimer) return;
    const delay = retryDelayMs(this.retries);
    this.retries += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.current !== 'closed' && this.current !== 'unauthorized') this.socket.connect();
    }, delay);
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private setState(state: ConnectionState): void {
    if (state === this.current) return;
    this.current = state;
    for (const listener of this.listeners) listener(state);
  }
}
