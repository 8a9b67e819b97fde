import {
  EventEnvelope,
  parseRoom,
  PresenceMessage,
  PresenceUser,
  RealtimeErrorMessage,
  roomName,
  SOCKET_PATH,
  TypingMessage,
  UnsubscribedMessage,
} from '@glossa/contracts';
import { io } from 'socket.io-client';
import type {
  ConnectionState,
  EventHandler,
  LocalProblem,
  RealtimeClientOptions,
  RealtimeSocket,
  SocketFactory,
  SubscribeOptions,
  Subscription,
} from './client-types';
import { ConnectionLifecycle } from './connection-lifecycle';
import { checkEnvelope } from './envelope-check';
import { RoomChannel, Subscriber } from './room-channel';
import { memorySeqStore, SeqStore } from './seq-store';

// The types the client is used with are part of this module's API.
export * from './client-types';

/** Subscribe refusals that a later attempt would meet again. */
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
 * backfills them (`room-channel.ts`), and re-subscribes with `since` after every reconnect
 * (`connection-lifecycle.ts`), so a handler sees every event of its room exactly once, whatever the
 * network did.
 */
export class RealtimeClient {
  private readonly socket: RealtimeSocket;
  private readonly connection: ConnectionLifecycle;
  private readonly store: SeqStore;
  private readonly gapGraceMs: number;
  private readonly backfillTimeoutMs: number;
  private readonly validate: boolean;
  private readonly typingIntervalMs: number;
  private readonly rooms = new Map<string, RoomChannel>();
  private readonly presenceByRoom = new Map<string, PresenceUser[]>();
  private readonly typingSentAt = new Map<string, number>();
  private readonly presenceListeners = new Set<(message: PresenceMessage) => void>();
  private readonly typingListeners = new Set<(message: TypingMessage) => void>();
  private readonly errorListeners = new Set<(problem: RealtimeErrorMessage | LocalProblem) => void>();

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
    this.connection = new ConnectionLifecycle(this.socket, {
      connected: () => {
        for (const channel of this.rooms.values()) this.sendSubscribe(channel);
      },
      lost: () => {
        for (const channel of this.rooms.values()) channel.connectionLost();
      },
    });
    this.listen();
  }

  get state(): ConnectionState {
    return this.connection.state;
  }

  connect(): this {
    this.connection.connect();
    return this;
  }

  close(): void {
    for (const channel of this.rooms.values()) channel.stopTimers();
    this.connection.close();
  }

  /** Calls `handler` with every event of `room`, once each, in `seq` order, from `since` on. */
  subscribe(room: string, handler: EventHandler, options: SubscribeOptions = {}): Subscription {
    const parsed = parseRoom(room);
    if (!parsed || roomName(parsed) !== room) throw new Error(`"${room}" is not a room name`);
    const subscriber: Subscriber = { handler, options };
    let channel = this.rooms.get(room);
    if (!channel) {
      channel = this.newChannel(room, options.since ?? this.store.get(room) ?? null);
      this.rooms.set(room, channel);
      if (this.socket.connected) this.sendSubscribe(channel);
    }
    channel.subscribers.add(subscriber);
    const current = channel;
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
    return this.connection.onState(listener);
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
    socket.on('event', (event) => this.ingest(event));
    socket.on('replay', ({ events }) => {
      for (const event of events) this.ingest(event);
    });
    socket.on('synced', (message) => this.rooms.get(message.room)?.synced(message));
    socket.on('heartbeat', ({ room, seq }) => this.rooms.get(room)?.heartbeat(seq));
    socket.on('presence.changed', (message) => {
      if (!this.rooms.has(message.room)) return;
      this.presenceByRoom.set(message.room, message.users);
      for (const listener of this.presenceListeners) listener(message);
    });
    socket.on('typing', (message) => {
      for (const listener of this.typingListeners) listener(message);
    });
    socket.on('unsubscribed', (message) => {
      const channel = this.rooms.get(message.room);
      if (message.reason === 'ACCESS_REVOKED' && channel) this.closeRoom(channel, message);
    });
    socket.on('error', (problem) => this.serverError(problem));
  }

  private newChannel(room: string, since: number | null): RoomChannel {
    return new RoomChannel(room, since, {
      store: this.store,
      gapGraceMs: this.gapGraceMs,
      backfillTimeoutMs: this.backfillTimeoutMs,
      isConnected: () => this.socket.connected,
      sendBackfill: (backfillRoom, since) => this.socket.emit('backfill', { room: backfillRoom, since }),
      report: (problem) => this.report(problem),
    });
  }

  private sendSubscribe(channel: RoomChannel): void {
    const since = channel.subscribing();
    this.socket.emit('subscribe', since === null ? { room: channel.room } : { room: channel.room, since });
  }

  private ingest(raw: unknown): void {
    const check = checkEnvelope(raw, this.validate);
    if (check.ok) {
      this.rooms.get(check.event.room)?.receive(check.event);
      return;
    }
    if (!check.seqOnly) return;
    this.report({ code: 'INVALID_EVENT', message: check.reason, room: check.seqOnly.room });
    // Still counted, so the room's sequence has no hole; never shown to handlers.
    this.rooms.get(check.seqOnly.room)?.receive({ ...(raw as EventEnvelope), ...check.seqOnly }, false);
  }

  private serverError(problem: RealtimeErrorMessage): void {
    this.report(problem);
    const channel = problem.room ? this.rooms.get(problem.room) : undefined;
    if (!channel) return;
    if (problem.event === 'subscribe' && FINAL_SUBSCRIBE_ERRORS.includes(problem.code)) {
      this.closeRoom(channel, problem);
    } else if (problem.event === 'subscribe' || problem.event === 'backfill') {
      // Rate limited, not subscribed (yet) or a server hiccup: subscribing again replays what is missing.
      channel.backfillRefused();
      setTimeout(() => {
        if (this.rooms.get(channel.room) === channel && this.socket.connected) this.sendSubscribe(channel);
      }, 1000);
    }
  }

  private closeRoom(channel: RoomChannel, reason: UnsubscribedMessage | RealtimeErrorMessage): void {
    this.forget(channel);
    for (const { options } of channel.subscribers) options.onClosed?.(reason);
  }

  private removeSubscriber(channel: RoomChannel, subscriber: Subscriber): void {
    channel.subscribers.delete(subscriber);
    if (channel.subscribers.size > 0 || this.rooms.get(channel.room) !== channel) return;
    this.forget(channel);
    if (this.socket.connected) this.socket.emit('unsubscribe', { room: channel.room });
  }

  private forget(channel: RoomChannel): void {
    channel.detach();
    this.rooms.delete(channel.room);
    this.presenceByRoom.delete(channel.room);
  }

  private report(problem: RealtimeErrorMessage | LocalProblem): void {
    for (const listener of this.errorListeners) listener(problem);
  }
}

function subscribeTo<T>(listeners: Set<T>, listener: T): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
