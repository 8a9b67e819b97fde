import type { EventEnvelope, SyncedMessage } from '@glossa/contracts';
import type { EventHandler, LocalProblem, SubscribeOptions } from './client-types';
import { RoomSequence } from './room-sequence';
import type { SeqStore } from './seq-store';

/** What a room needs from its client. */
export interface RoomChannelContext {
  /** Where the room's last delivered `seq` is kept. */
  readonly store: SeqStore;
  /** How long a gap may stay open before backfilling (an event may still be on its way). */
  readonly gapGraceMs: number;
  /** A backfill unanswered this long is sent again. */
  readonly backfillTimeoutMs: number;
  isConnected(): boolean;
  /** Asks the server for the room's events after `since`. */
  sendBackfill(room: string, since: number): void;
  report(problem: LocalProblem): void;
}

export interface Subscriber {
  handler: EventHandler;
  options: SubscribeOptions;
}

/**
 * One room the client is subscribed to: its subscribers, its `RoomSequence`, and the bookkeeping
 * that closes gaps. A gap is left `gapGraceMs` to close by itself, then backfilled, and the
 * backfill sent again if unanswered; never while a subscribe is on its way, since its replay fills
 * the gap anyway.
 */
export class RoomChannel {
  readonly sequence: RoomSequence;
  readonly subscribers = new Set<Subscriber>();
  /** Resolves with the room's `seq` at the first `synced`. */
  readonly ready: Promise<number>;
  private resolveReady!: (seq: number) => void;
  /** Events counted in the sequence but never shown to handlers (they failed the contract). */
  private readonly undeliverable = new WeakSet<EventEnvelope>();
  private awaitingSync = false;
  private backfilling = false;
  private gapTimer: ReturnType<typeof setTimeout> | null = null;
  private backfillTimer: ReturnType<typeof setTimeout> | null = null;
  private detached = false;

  constructor(
    readonly room: string,
    since: number | null,
    private readonly context: RoomChannelContext,
  ) {
    this.sequence = new RoomSequence(since);
    this.ready = new Promise<number>((resolve) => (this.resolveReady = resolve));
  }

  /** A subscribe is being sent: returns its `since`. Its replay will fill gaps, so no backfill meanwhile. */
  subscribing(): number | null {
    this.awaitingSync = true;
    return this.sequence.lastSeq;
  }

  /** An event arrived, live or replayed. An undeliverable one still counts, so the sequence has no hole. */
  receive(event: EventEnvelope, deliverable = true): void {
    if (!deliverable) this.undeliverable.add(event);
    this.deliver(this.sequence.receive(event));
    this.checkGap();
  }

  /** A heartbeat: the room has reached `seq`. */
  heartbeat(seq: number): void {
    this.deliver(this.sequence.announce(seq));
    this.checkGap();
  }

  /** The server finished a subscribe or backfill; `stale` when it could not replay what was missed. */
  synced({ seq, stale }: Pick<SyncedMessage, 'seq' | 'stale'>): void {
    this.awaitingSync = false;
    this.backfilling = false;
    if (this.backfillTimer) clearTimeout(this.backfillTimer);
    this.backfillTimer = null;
    if (stale) {
      this.deliver(this.sequence.reset(seq));
      for (const { options } of this.subscribers) options.onStale?.(seq);
    } else {
      this.deliver(this.sequence.announce(seq));
    }
    this.resolveReady(this.sequence.lastSeq ?? seq);
    this.checkGap();
  }

  /** The server refused a subscribe or backfill for now: the next subscribe's replay will fill in. */
  backfillRefused(): void {
    this.backfilling = false;
  }

  /** The connection dropped: nothing sent is still on its way. */
  connectionLost(): void {
    this.stopTimers();
    this.backfilling = false;
    this.awaitingSync = false;
  }

  /** The client no longer follows this room: no more backfills for it. */
  detach(): void {
    this.detached = true;
    this.stopTimers();
  }

  stopTimers(): void {
    if (this.gapTimer) clearTimeout(this.gapTimer);
    if (this.backfillTimer) clearTimeout(this.backfillTimer);
    this.gapTimer = null;
    this.backfillTimer = null;
  }

  private deliver(events: EventEnvelope[]): void {
    if (events.length === 0) return;
    for (const event of events) {
      if (this.undeliverable.has(event)) continue;
      for (const { handler } of this.subscribers) {
        try {
          handler(event);
        } catch (error) {
          this.context.report({ code: 'HANDLER_FAILED', message: String(error), room: this.room });
        }
      }
    }
    const last = this.sequence.lastSeq;
    if (last !== null) this.context.store.set(this.room, last);
  }

  /**
   * A gap waits `gapGraceMs` before a backfill: with several API instances an event can overtake an
   * earlier one, and a heartbeat can overtake an event still in flight.
   */
  private checkGap(): void {
    const context = this.context;
    if (!this.sequence.hasGap) {
      if (this.gapTimer) clearTimeout(this.gapTimer);
      this.gapTimer = null;
      return;
    }
    if (this.gapTimer || this.backfilling || this.awaitingSync || !context.isConnected()) return;
    this.gapTimer = setTimeout(() => {
      this.gapTimer = null;
      const since = this.sequence.lastSeq;
      if (!this.sequence.hasGap || since === null || !context.isConnected() || this.detached) return;
      this.backfilling = true;
      context.sendBackfill(this.room, since);
      this.backfillTimer = setTimeout(() => {
        this.backfillTimer = null;
        this.backfilling = false;
        this.checkGap();
      }, context.backfillTimeoutMs);
    }, context.gapGraceMs);
  }
}
