import type { RealtimeErrorMessage } from '@glossa/contracts';
import { SessionIdentity, Viewer, viewerFor } from '../auth/viewer';
import { KeyedThrottle } from './keyed-throttle';
import type { RealtimeSocket } from './realtime-io';
import type { RealtimeOptions } from './realtime-options';
import { SerialQueue } from './serial-queue';
import { TokenBucket } from './token-bucket';

/** One authenticated socket on this instance and what the gateway tracks about it. */
export class SocketSession {
  /**
   * Rooms joined through the gateway, each with the seminar it belongs to (null for the user's own
   * room), so a membership change finds the rooms it affects without a query.
   */
  readonly rooms = new Map<string, string | null>();
  /** Bumped on every membership change of this user, so a subscribe that raced one checks again. */
  accessEpoch = 0;
  readonly typing: KeyedThrottle;
  private readonly bucket: TokenBucket;
  private readonly queue: SerialQueue;
  private lastRateLimitedAt = -Infinity;

  constructor(
    readonly socket: RealtimeSocket,
    readonly identity: SessionIdentity,
    options: RealtimeOptions,
  ) {
    this.bucket = new TokenBucket(options.rateBurst, options.ratePerSecond);
    this.queue = new SerialQueue(options.maxQueuedRequests);
    this.typing = new KeyedThrottle(options.typingIntervalMs);
  }

  get userId(): string {
    return this.identity.userId;
  }

  /** The Viewer for one message: this socket's person, with loaders of that message's own. */
  get viewer(): Viewer {
    return viewerFor(this.identity);
  }

  join(room: string, seminarId: string | null): void {
    void this.socket.join(room);
    this.rooms.set(room, seminarId);
  }

  leave(room: string): void {
    void this.socket.leave(room);
    this.rooms.delete(room);
  }

  /** Spends one message's worth of the rate limit; false when the socket is over it. */
  take(): boolean {
    return this.bucket.take();
  }

  /** Queues a request behind this socket's earlier ones; false when too many are waiting. */
  enqueue(task: () => Promise<void>): boolean {
    return this.queue.push(task);
  }

  fail(error: RealtimeErrorMessage): void {
    this.socket.emit('error', error);
  }

  /** RATE_LIMITED, told at most once a second: answering every refused message would amplify a flood. */
  failRateLimited(event: string): void {
    const now = Date.now();
    if (now - this.lastRateLimitedAt < 1000) return;
    this.lastRateLimitedAt = now;
    this.fail({ code: 'RATE_LIMITED', message: 'Too many messages: slow down.', event: event.slice(0, 40) });
  }
}
