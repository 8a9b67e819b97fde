import {
  ClientToServerEvents,
  ConnectRefusal,
  EventEnvelope,
  parseRoom,
  PresenceMessage,
  PresenceUser,
  RealtimeErrorMessage,
  roomName,
  ServerToClientEvents,
  SOCKET_PATH,
  SyncedMessage,
  TypingMessage,
  UnsubscribedMessage,
} from '@glossa/contracts';
import { io, ManagerOptions, Socket, SocketOptions } from 'socket.io-client';
import { checkEnvelope } from './envelope-check';
import { RoomSequence } from './room-sequence';
import { memorySeqStore, SeqStore } from './seq-store';

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

interface Subscriber {
  handler: EventHandler;
  options: SubscribeOptions;
}

interface RoomState {
  room: string;
  sequence: RoomSequence;
  subscribers: Set<Subscriber>;
  /** A subscribe is on its way: its replay will fill gaps, so no backfill meanwhile. */
  awaitingSync: boolean;
  backfilling: boolean;
  gapTimer: ReturnType<typeof setTimeout> | null;
  backfillTimer: ReturnType<typeof setTimeout> | null;
  resolveReady: (seq: number) => void;
  ready: Promise<number>;
}

const FINAL_REFUSALS: ReadonlyArray<ConnectRefusal['code']> = ['UNAUTHENTICATED', 'FORBIDDEN'];
const FINAL_SUBSCRIBE_ERRORS: ReadonlyArray<RealtimeErrorMessage['code']> = [
  'NOT_FOUND',
  'FORBIDDEN',
  'TOO_MANY_ROOMS',
  'BAD_MESSAGE',
];

const defaultFactory: SocketFactory = (url, options) => (url === undefined ? io(options) : io(url, options));

/**
 * Glossa's real-time client (docs/design.md §Realtime) over socket.io-client, shared by the web app, the
 * tests and the benchmark. It keeps the last `seq` of every subscribed room, delivers each event
 * once and in order, notices gaps (a jump, or a `synced`/heartbeat announcing more than it has) and
 * backfills them, and re-subscribes with `since` after every reconnect, so a handler sees every
 * event of its room exactly once, whatever the network did.
 */
export class RealtimeClient {
  private readonly socket: RealtimeSocket;
  private readonly store: SeqStore;
  private readonly gapGraceMs: number;
  private readonly backfillTimeoutMs: number;
  private readonly validate: boolean;
  private readonly typingIntervalMs: number;
  private readonly rooms = new Map<string, RoomState>();
  private readonly presenceByRoom = new Map<string, PresenceUser[]>();
  private readonly typingSentAt = new Map<string, number>();
  private readonly undeliverable = new WeakSet<EventEnvelope>();
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private readonly presenceListeners = new Set<(message: PresenceMessage) => void>();
  private readonly typingListeners = new Set<(message: TypingMessage) => void>();
  private readonly errorListeners = new Set<(problem: RealtimeErrorMessage | LocalProblem) => void>();
  private currentState: ConnectionState = 'idle';
  private everConnected = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retries = 0;

  constructor(options: RealtimeClientOptions = {}) {
    this.store = options.store ?? memorySeqStore();
    this.gapGraceMs = options.gapGraceMs ?? 300;
    this.backfillTimeoutMs = options.backfillTimeoutMs ?? 10_000;
    this.validate = options.validate ?? true;
    this.typingIntervalMs = options.typingIntervalMs ?? 1500;
    const token = options.token;
    this.socket = (options.socketFactory ?? defaultFactory)(options.url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      autoConnect: false,
      // One connection per client: never share a Manager with another client in the same page.
      forceNew: true,
      reconnectionDelay: 250,
      reconnectionDelayMax: 5000,
      withCredentials: true,
      // A function, so every reconnect sends the current token.
      auth: (send: (data: object) => void) => {
        const value = typeof token === 'function' ? token() : token;
        send(value ? { token: value } : {});
      },
      ...options.socketOptions,
    });
    this.listen();
  }

  get state(): ConnectionState {
    return this.currentState;
  }

  connect(): this {
    if (this.currentState === 'idle' || this.currentState === 'closed' || this.currentState === 'unauthorized') {
      this.setState(this.everConnected ? 'reconnecting' : 'connecting');
      this.socket.connect();
    }
    return this;
  }

  close(): void {
    this.clearRetry();
    for (const state of this.rooms.values()) this.clearTimers(state);
    this.setState('closed');
    this.socket.disconnect();
  }

  /** Calls `handler` with every event of `room`, once each, in `seq` order, from `since` on. */
  subscribe(room: string, handler: EventHandler, options: SubscribeOptions = {}): Subscription {
    const parsed = parseRoom(room);
    if (!parsed || roomName(parsed) !== room) throw new Error(`"${room}" is not a room name`);
    const subscriber: Subscriber = { handler, options };
    let state = this.rooms.get(room);
    if (!state) {
      state = this.newRoom(room, options.since ?? this.store.get(room) ?? null);
      this.rooms.set(room, state);
      if (this.socket.connected) this.sendSubscribe(state);
    }
    state.subscribers.add(subscriber);
    const current = state;
    return {
      room,
      ready: current.ready,
      lastSeq: () => current.sequence.lastSeq,
      unsubscribe: () => this.removeSubscriber(current, subscriber),
    };
  }

  /** The last delivered `seq` of a subscribed room. */
  lastSeq(room: string): number | null {
    return this.rooms.get(room)?.sequence.lastSeq ?? null;
  }

  /** Who is in a (subscribed) reading room now. */
  presence(room: string): PresenceUser[] {
    return this.presenceByRoom.get(room) ?? [];
  }

  /** Announces typing in a thread shown in `room` (a subscribed reading or debate room), throttled. */
  typing(room: string, threadId: string): void {
    const key = `${room}|${threadId}`;
    const now = Date.now();
    if (now - (this.typingSentAt.get(key) ?? -Infinity) < this.typingIntervalMs) return;
    if (!this.socket.connected || !this.rooms.has(room)) return;
    this.typingSentAt.set(key, now);
    this.socket.emit('typing', { room, threadId });
  }

  onState(listener: (state: ConnectionState) => void): () => void {
    return subscribeTo(this.stateListeners, listener);
  }

  onPresence(listener: (message: PresenceMessage) => void): () => void {
    return subscribeTo(this.presenceListeners, listener);
  }

  onTyping(listener: (message: TypingMessage) => void): () => void {
    return subscribeTo(this.typingListeners, listener);
  }

  onError(listener: (problem: RealtimeErrorMessage | LocalProblem) => void): () => void {
    return subscribeTo(this.errorListeners, listener);
  }

  private listen(): void {
    const socket = this.socket;
    socket.on('connect', () => {
      this.everConnected = true;
      this.retries = 0;
      this.clearRetry();
      this.setState('connected');
      for (const state of this.rooms.values()) this.sendSubscribe(state);
    });
    socket.on('disconnect', (reason) => {
      for (const state of this.rooms.values()) {
        this.clearTimers(state);
        state.backfilling = false;
        state.awaitingSync = false;
      }
      if (this.currentState === 'closed') return;
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
      if (this.currentState === 'closed') return;
      this.setState(this.everConnected ? 'reconnecting' : 'connecting');
      // Refused by the server's middleware (UNAVAILABLE): socket.io-client gives up; we do not.
      if (!socket.active) this.retryLater();
    });
    socket.on('event', (event) => this.ingest(event));
    socket.on('replay', ({ events }) => {
      for (const event of events) this.ingest(event);
    });
    socket.on('synced', (message) => this.synced(message));
    socket.on('heartbeat', ({ room, seq }) => {
      const state = this.rooms.get(room);
      if (!state) return;
      this.deliver(state, state.sequence.announce(seq));
      this.checkGap(state);
    });
    socket.on('presence.changed', (message) => {
      if (!this.rooms.has(message.room)) return;
      this.presenceByRoom.set(message.room, message.users);
      for (const listener of this.presenceListeners) listener(message);
    });
    socket.on('typing', (message) => {
      for (const listener of this.typingListeners) listener(message);
    });
    socket.on('unsubscribed', (message) => {
      const state = this.rooms.get(message.room);
      if (message.reason === 'ACCESS_REVOKED' && state) this.closeRoom(state, message);
    });
    socket.on('error', (problem) => this.serverError(problem));
  }

  private newRoom(room: string, since: number | null): RoomState {
    let resolveReady!: (seq: number) => void;
    const ready = new Promise<number>((resolve) => (resolveReady = resolve));
    return {
      room,
      sequence: new RoomSequence(since),
      subscribers: new Set(),
      awaitingSync: false,
      backfilling: false,
      gapTimer: null,
      backfillTimer: null,
      resolveReady,
      ready,
    };
  }

  private sendSubscribe(state: RoomState): void {
    const since = state.sequence.lastSeq;
    state.awaitingSync = true;
    this.socket.emit('subscribe', since === null ? { room: state.room } : { room: state.room, since });
  }

  private ingest(raw: unknown): void {
    const check = checkEnvelope(raw, this.validate);
    let event: EventEnvelope;
    if (check.ok) {
      event = check.event;
    } else {
      if (!check.seqOnly) return;
      // Still counted, so the room's sequence has no hole; never shown to handlers.
      event = { ...(raw as EventEnvelope), ...check.seqOnly };
      this.undeliverable.add(event);
      this.report({ code: 'INVALID_EVENT', message: check.reason, room: check.seqOnly.room });
    }
    const state = this.rooms.get(event.room);
    if (!state) return;
    this.deliver(state, state.sequence.receive(event));
    this.checkGap(state);
  }

  private synced({ room, seq, stale }: SyncedMessage): void {
    const state = this.rooms.get(room);
    if (!state) return;
    state.awaitingSync = false;
    state.backfilling = false;
    if (state.backfillTimer) clearTimeout(state.backfillTimer);
    state.backfillTimer = null;
    if (stale) {
      this.deliver(state, state.sequence.reset(seq));
      for (const { options } of state.subscribers) options.onStale?.(seq);
    } else {
      this.deliver(state, state.sequence.announce(seq));
    }
    state.resolveReady(state.sequence.lastSeq ?? seq);
    this.checkGap(state);
  }

  private deliver(state: RoomState, events: EventEnvelope[]): void {
    if (events.length === 0) return;
    for (const event of events) {
      if (this.undeliverable.has(event)) continue;
      for (const { handler } of state.subscribers) {
        try {
          handler(event);
        } catch (error) {
          this.report({ code: 'HANDLER_FAILED', message: String(error), room: state.room });
        }
      }
    }
    const last = state.sequence.lastSeq;
    if (last !== null) this.store.set(state.room, last);
  }

  /**
   * A gap waits `gapGraceMs` before a backfill: with several API instances an event can overtake an
   * earlier one, and a heartbeat can overtake an event still in flight.
   */
  private checkGap(state: RoomState): void {
    if (!state.sequence.hasGap) {
      if (state.gapTimer) clearTimeout(state.gapTimer);
      state.gapTimer = null;
      return;
    }
    if (state.gapTimer || state.backfilling || state.awaitingSync || !this.socket.connected) return;
    state.gapTimer = setTimeout(() => {
      state.gapTimer = null;
      const since = state.sequence.lastSeq;
      if (!state.sequence.hasGap || since === null || !this.socket.connected || this.rooms.get(state.room) !== state) {
        return;
      }
      state.backfilling = true;
      this.socket.emit('backfill', { room: state.room, since });
      state.backfillTimer = setTimeout(() => {
        state.backfillTimer = null;
        state.backfilling = false;
        this.checkGap(state);
      }, this.backfillTimeoutMs);
    }, this.gapGraceMs);
  }

  private serverError(problem: RealtimeErrorMessage): void {
    this.report(problem);
    const state = problem.room ? this.rooms.get(problem.room) : undefined;
    if (!state) return;
    if (problem.event === 'subscribe' && FINAL_SUBSCRIBE_ERRORS.includes(problem.code)) {
      this.closeRoom(state, problem);
    } else if (problem.event === 'subscribe' || problem.event === 'backfill') {
      // Rate limited, not subscribed (yet) or a server hiccup: subscribing again replays what is missing.
      state.backfilling = false;
      setTimeout(() => {
        if (this.rooms.get(state.room) === state && this.socket.connected) this.sendSubscribe(state);
      }, 1000);
    }
  }

  private closeRoom(state: RoomState, reason: UnsubscribedMessage | RealtimeErrorMessage): void {
    this.clearTimers(state);
    this.rooms.delete(state.room);
    this.presenceByRoom.delete(state.room);
    for (const { options } of state.subscribers) options.onClosed?.(reason);
  }

  private removeSubscriber(state: RoomState, subscriber: Subscriber): void {
    state.subscribers.delete(subscriber);
    if (state.subscribers.size > 0 || this.rooms.get(state.room) !== state) return;
    this.clearTimers(state);
    this.rooms.delete(state.room);
    this.presenceByRoom.delete(state.room);
    if (this.socket.connected) this.socket.emit('unsubscribe', { room: state.room });
  }

  private clearTimers(state: RoomState): void {
    if (state.gapTimer) clearTimeout(state.gapTimer);
    if (state.backfillTimer) clearTimeout(state.backfillTimer);
    state.gapTimer = null;
    state.backfillTimer = null;
  }

  private retryLater(): void {
    if (this.retryTimer) return;
    const delay = Math.min(250 * 2 ** this.retries, 10_000);
    this.retries += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.currentState !== 'closed' && this.currentState !== 'unauthorized') this.socket.connect();
    }, delay);
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private setState(state: ConnectionState): void {
    if (state === this.currentState) return;
    this.currentState = state;
    for (const listener of this.stateListeners) listener(state);
  }

  private report(problem: RealtimeErrorMessage | LocalProblem): void {
    for (const listener of this.errorListeners) listener(problem);
  }
}

function subscribeTo<T>(listeners: Set<T>, listener: T): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
