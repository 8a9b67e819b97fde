import type { AudienceReport } from './protocol';

type Arrived = Extract<AudienceReport, { type: 'arrived' }>;

interface Seen {
  /** How many audience processes have reported every one of their clients in the room had it. */
  processes: number;
  last: number;
  waiter: (() => void) | null;
}

/**
 * When the last client of a room, over every audience process, delivered each event: the key is the
 * group and the event's annotation id, which the orchestrator knows from the write's answer.
 */
export class Arrivals {
  private readonly seen = new Map<string, Seen>();

  constructor(private readonly processes: number) {}

  record(report: Arrived): void {
    if (!report.id) return;
    const key = `${report.group} ${report.id}`;
    const seen = this.seen.get(key) ?? { processes: 0, last: 0, waiter: null };
    seen.processes += 1;
    seen.last = Math.max(seen.last, report.last);
    this.seen.set(key, seen);
    if (seen.processes === this.processes) seen.waiter?.();
  }

  /** When the last client of all had the event, or null if some have not (yet). */
  lastDelivery(group: string, id: string): number | null {
    const seen = this.seen.get(`${group} ${id}`);
    return seen && seen.processes === this.processes ? seen.last : null;
  }

  /** Resolves with the last delivery once every process reported it, or null after `timeoutMs`. */
  wait(group: string, id: string, timeoutMs: number): Promise<number | null> {
    const key = `${group} ${id}`;
    const done = this.lastDelivery(group, id);
    if (done !== null) return Promise.resolve(done);
    return new Promise((resolve) => {
      const seen = this.seen.get(key) ?? { processes: 0, last: 0, waiter: null };
      this.seen.set(key, seen);
      const timer = setTimeout(() => resolve(null), timeoutMs);
      seen.waiter = () => {
        clearTimeout(timer);
        resolve(seen.last);
      };
    });
  }

  forget(group: string): void {
    for (const key of this.seen.keys()) if (key.startsWith(`${group} `)) this.seen.delete(key);
  }
}
