/**
 * The soak's steady writes: `perSecond` createAnnotation mutations a second, paced by the clock
 * (a late tick sends what is due, so the rate holds on a busy machine), alternating between the two
 * instances and going round the rooms. Each carries a `clientId`, so a create whose connection
 * broke, or that was answered UNAVAILABLE (retryable), is sent again (LeanGraphqlClient's safe
 * retry) without ever writing twice.
 */
import { randomUUID } from 'node:crypto';
import { LeanGraphqlClient } from '../annotations/http-client';
import { now } from '../fanout/clock';

export const CREATE_ANNOTATION = `mutation($input: CreateAnnotationInput!) { createAnnotation(input: $input) { id } }`;

export interface WriteTarget {
  room: string;
  readingId: string;
  /** The passage every write annotates (revision 1 of the reading). */
  target: { exact: string; start: number; end: number };
}

export interface Write {
  /** Which instance took it (0 or 1). */
  instance: number;
  room: string;
  requested: number;
  responded: number;
  id: string | null;
  error: string | null;
}

export class SteadyWriter {
  readonly writes: Write[] = [];
  private readonly clients: LeanGraphqlClient[];
  private inFlight = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    urls: string[],
    private readonly tokens: string[],
    private readonly targets: WriteTarget[],
  ) {
    this.clients = urls.map((url) => new LeanGraphqlClient(url, 32));
  }

  get retries(): number {
    return this.clients.reduce((sum, client) => sum + client.retries, 0);
  }

  get unavailableRetries(): number {
    return this.clients.reduce((sum, client) => sum + client.unavailableRetries, 0);
  }

  /** Writes at `perSecond` until `durationMs` has passed, then waits for the answers. */
  async run(perSecond: number, durationMs: number): Promise<void> {
    const started = now();
    const interval = 1000 / perSecond;
    for (let n = 0; !this.stopped; n++) {
      const due = started + n * interval;
      if (due - started >= durationMs) break;
      const wait = due - now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const sending = this.writeOne(n);
      this.inFlight.add(sending);
      void sending.finally(() => this.inFlight.delete(sending));
    }
    await Promise.all(this.inFlight);
  }

  close(): void {
    this.stopped = true;
    for (const client of this.clients) client.close();
  }

  private async writeOne(n: number): Promise<void> {
    const instance = n % this.clients.length;
    const target = this.targets[Math.floor(n / this.clients.length) % this.targets.length];
    const write: Write = { instance, room: target.room, requested: now(), responded: 0, id: null, error: null };
    this.writes.push(write);
    try {
      const data = await this.clients[instance].post<{ createAnnotation: { id: string } }>(
        CREATE_ANNOTATION,
        {
          input: {
            readingId: target.readingId,
            revisionNumber: 1,
            target: target.target,
            motivation: 'commenting',
            body: `Soak comment ${n}.`,
            clientId: randomUUID(),
          },
        },
        this.tokens[n % this.tokens.length],
        { retry: true },
      );
      write.id = data.createAnnotation.id;
    } catch (error) {
      write.error = (error as Error).message.slice(0, 200);
    }
    write.responded = now();
  }
}
