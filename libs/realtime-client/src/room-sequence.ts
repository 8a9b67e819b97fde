import type { EventEnvelope } from '@glossa/contracts';

/**
 * The client's bookkeeping of one room's `seq` (docs/design.md §Realtime): delivers each event once, in
 * order, whatever order and however often it arrives (live, replayed, or both), and says when
 * something is missing so the caller can backfill. Pure: no timers, no sockets.
 *
 * `last` is the last delivered `seq`; null until the server first says where the room stands (a
 * fresh subscription without `since`). Events ahead of `last + 1` wait in `pending` until the gap
 * before them is filled.
 */
export class RoomSequence {
  private last: number | null;
  private announced: number;
  private readonly pending = new Map<number, EventEnvelope>();

  constructor(last: number | null = null) {
    this.last = last;
    this.announced = last ?? 0;
  }

  /** The last delivered `seq`: what to send as `since` on (re)subscribe and backfill. */
  get lastSeq(): number | null {
    return this.last;
  }

  /** True when the room is known to hold events this client has not delivered. */
  get hasGap(): boolean {
    return this.last !== null && (this.pending.size > 0 || this.announced > this.last);
  }

  /** An event arrived; returns the events now deliverable, in order (possibly none). */
  receive(event: EventEnvelope): EventEnvelope[] {
    if (this.last !== null && event.seq <= this.last) return [];
    this.pending.set(event.seq, event);
    if (this.last === null) return [];
    this.announced = Math.max(this.announced, event.seq);
    return this.drain();
  }

  /**
   * The server says the room has reached `seq` (`synced` or a heartbeat). The first announcement of a
   * subscription without `since` sets the starting point: earlier events are part of the state the
   * client loaded, later ones are delivered.
   */
  announce(seq: number): EventEnvelope[] {
    if (this.last === null) return this.reset(seq);
    this.announced = Math.max(this.announced, seq);
    return [];
  }

  /** Continue from `seq` without the events before it (the server could not replay them). */
  reset(seq: number): EventEnvelope[] {
    this.last = seq;
    this.announced = seq;
    return this.drain();
  }

  private drain(): EventEnvelope[] {
    const ready: EventEnvelope[] = [];
    const last = this.last as number;
    let next = last + 1;
    for (let event = this.pending.get(next); event !== undefined; event = this.pending.get(next)) {
      ready.push(event);
      this.pending.delete(next);
      next += 1;
    }
    this.last = next - 1;
    for (const seq of this.pending.keys()) if (seq <= this.last) this.pending.delete(seq);
    this.announced = Math.max(this.announced, this.last);
    return ready;
  }
}
