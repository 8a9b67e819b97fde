import { CREATE_ANNOTATION, rangeOf } from './annotation-factories';
import { TestUser } from './factories';
import { sleep } from './realtime-sockets';
import { GraphQLResult, outcome } from './test-app';

/** Where a writer sends its creates: an API instance's (or the proxy's) base URL. */
type Endpoint = () => string;

/** A try with no answer within this long counts as unanswered and is sent again. */
const TRY_TIMEOUT_MS = 10_000;
const MAX_TRIES_AFTER_STOP = 5;

/** What one write's tries met, in order: error codes, 'OK', or 'NETWORK' for a request that got no answer. */
export interface WriteRecord {
  clientId: string;
  tries: string[];
}

/**
 * Writers that create annotations one after another until stopped, as a class does on a busy
 * evening, each create carrying its own `clientId`. A create answered UNAVAILABLE, or not answered
 * at all, is sent again with the same `clientId` (the only retry that is safe), until it succeeds.
 */
export class SteadyWrites {
  readonly records: WriteRecord[] = [];
  /** The first few distinct reasons a try got no GraphQL answer, for a failing test to show. */
  readonly unanswered = new Set<string>();
  private stopping = false;
  private running: Promise<void>[] = [];

  constructor(
    private readonly reading: { id: string; text: string },
    private readonly phrase: string,
    private readonly runId: string,
  ) {}

  start(writers: Array<{ url: Endpoint; user: TestUser }>, pauseMs = 20): void {
    this.running = writers.map((writer, w) => this.write(writer, w, pauseMs));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.running);
  }

  /** What a test expects when every write went through at the first try: the outcomes and no reasons. */
  summary(): { outcomes: Record<string, number>; unanswered: string[] } {
    return { outcomes: this.outcomes(), unanswered: [...this.unanswered] };
  }

  /** Every try's outcome, counted. */
  outcomes(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const try_ of this.records.flatMap((r) => r.tries)) counts[try_] = (counts[try_] ?? 0) + 1;
    return counts;
  }

  private async write(writer: { url: Endpoint; user: TestUser }, w: number, pauseMs: number): Promise<void> {
    for (let n = 0; !this.stopping; n++) {
      const record: WriteRecord = { clientId: `${this.runId}-w${w}-${n}`, tries: [] };
      this.records.push(record);
      // Retried until it succeeds; once the writers are told to stop, a write still failing gets
      // MAX_TRIES_AFTER_STOP more tries and is then left failed, so a test ends and shows it.
      for (let afterStop = 0; afterStop < MAX_TRIES_AFTER_STOP; afterStop += this.stopping ? 1 : 0) {
        const tried = await this.createOnce(writer, record.clientId);
        record.tries.push(tried);
        if (tried === 'OK') break;
        if (tried !== 'UNAVAILABLE' && tried !== 'NETWORK') break;
        await sleep(100);
      }
      await sleep(pauseMs);
    }
  }

  private async createOnce(writer: { url: Endpoint; user: TestUser }, clientId: string): Promise<string> {
    const input = {
      readingId: this.reading.id,
      revisionNumber: 1,
      target: rangeOf(this.reading.text, this.phrase),
      motivation: 'commenting',
      body: `Steady write ${clientId}.`,
      clientId,
    };
    try {
      const response = await fetch(`${writer.url()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${writer.user.token}` },
        body: JSON.stringify({ query: CREATE_ANNOTATION, variables: { input } }),
        signal: AbortSignal.timeout(TRY_TIMEOUT_MS),
      });
      const result = (await response.json()) as GraphQLResult;
      const code = outcome(result);
      // UNAVAILABLE must say it is worth retrying; one that does not is recorded as such.
      return code === 'UNAVAILABLE' && result.errors?.[0]?.extensions?.retryable !== true ? 'UNAVAILABLE_FINAL' : code;
    } catch (error) {
      if (this.unanswered.size < 5) this.unanswered.add(String((error as Error).cause ?? error));
      return 'NETWORK';
    }
  }
}
