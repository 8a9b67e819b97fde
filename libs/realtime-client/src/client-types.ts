import type {
  ClientToServerEvents,
  RealtimeErrorMessage,
  EventEnvelope,
  ServerToClientEvents,
  UnsubscribedMessage,
} from '@glossa/contracts';
import type { ManagerOptions, Socket, SocketOptions } from 'socket.io-client';
import type { SeqStore } from './seq-store';

/** The types `RealtimeClient` is used with (re-exported from `realtime-client.ts`). */

export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type SocketFactory = (
  url: string | undefined,
  options: Partial<ManagerOptions & SocketOptions>,
) => RealtimeSocket;

/**
 * `connecting`: first connection under way; `connected`; `reconnecting`: the connection dropped and
 * is being re-established (show "reconnecting…"; missed events follow once it is back);
 * `unauthorized`: the server refused the session (sign in again); `closed`: `close()` was called.
 */
export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'unauthorized' | 'closed';

export type EventHandler = (event: EventEnvelope) => void;

export interface SubscribeOptions {
  /**
   * The `seq` the caller's state already includes: only later events are delivered. Default: the
   * store's value for the room, else "from now" (the first `synced` sets the starting point).
   */
  since?: number;
  /** The server could not replay what was missed (too much, or the room was reset): reload the state. */
  onStale?: (seq: number) => void;
  /** The server ended the subscription: access revoked, or the subscribe was refused. */
  onClosed?: (reason: UnsubscribedMessage | RealtimeErrorMessage) => void;
}

export interface Subscription {
  readonly room: string;
  /** Resolves with the room's `seq` once the server confirmed the subscription (after any replay). */
  readonly ready: Promise<number>;
  lastSeq(): number | null;
  unsubscribe(): void;
}

/** A problem found by the client itself rather than reported by the server. */
export interface LocalProblem {
  code: 'INVALID_EVENT' | 'HANDLER_FAILED';
  message: string;
  room?: string;
}

export interface RealtimeClientOptions {
  /** The API's origin (e.g. http://localhost:3000). Default in a browser: the page's origin. */
  url?: string;
  /** A session token for non-browser clients (sent as `auth.token`); browsers send the cookie. */
  token?: string | (() => string | null | undefined);
  /** Where the last `seq` per room is kept (default: memory, which survives reconnects). */
  store?: SeqStore;
  /** How long a gap may stay open before backfilling (an event may still be on its way). */
  gapGraceMs?: number;
  /** A backfill unanswered this long is sent again. */
  backfillTimeoutMs?: number;
  /** Check payloads against the shared contract (default true). */
  validate?: boolean;
  typingIntervalMs?: number;
  /** Passed to socket.io-client (reconnection delays, extra headers…). */
  socketOptions?: Partial<ManagerOptions & SocketOptions>;
  /** Tests replace the socket. */
  socketFactory?: SocketFactory;
}
