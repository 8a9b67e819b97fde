/**
 * Fan-out benchmark (issue 5): 1,000 Socket.IO clients, in a separate process, in one reading room;
 * 200 changes through GraphQL (createAnnotation by default); the latency from each mutation's
 * response to the moment the LAST client delivered its event, p50/p95/p99. In the same run, the
 * same payload is emitted with a raw `io.to(room).emit` by a bare Socket.IO server (request → emit
 * → response, like a mutation) to another 1,000 clients of the same process: the baseline. Both
 * audiences stay connected and the rounds alternate (API, raw, raw, API, …), so drift on a busy
 * machine weighs on both alike. Also memory per connected client (server RSS delta / clients, and
 * heap + external delta / clients) for both.
 *
 * Run: npm run bench:fanout [-- --clients=1000 --changes=200 --change=createAnnotation|reviseReading --redis]
 * The API runs as its own process against a throwaway database on the local PostgreSQL
 * (BENCH_DATABASE_URL, else TEST_DATABASE_URL / DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres),
 * or embedded PGlite when no server answers. `--redis` gives the API the Redis adapter (REDIS_URL).
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import type { EventEnvelope } from '@glossa/contracts';
import type { ApiProcess } from '../../apps/api/test/realtime-api-process';
import { ChangeName, isChangeName, makeChange, READING_TEXT } from './changes';
import { benchArgs, gql, Mailbox, Memory, must, startServers, throwawayDatabase } from './harness';
import { now } from './clock';
import type { ClientsCommand, ClientsReport, Group } from './protocol';
import { summarize, Summary } from './stats';

const argv = benchArgs();
const CLIENTS = Number(argv.get('clients') ?? 1000);
const CHANGES = Number(argv.get('changes') ?? 200);
const WARMUP = Number(argv.get('warmup') ?? 10);
const READERS = 10;
const TIMEOUT_MS = 5000;
const requestedChange = argv.get('change') ?? 'createAnnotation';

interface Round {
  /** Mutation (or POST /emit) response → last client delivered the event. */
  fromResponse: number;
  /** Request sent → last client delivered. */
  fromRequest: number;
  /** Response → first client delivered. */
  firstFromResponse: number;
  /** Request → response. */
  roundTrip: number;
}

/** One server under test and the audience connected to it. */
interface Target {
  group: Group;
  url: string;
  tokens: string[];
  room: string;
  memory(): Promise<Memory>;
  change(i: number): Promise<void>;
  rounds: Round[];
  lost: number;
  connectMs: number;
  before: Memory;
  after: Memory;
}

async function register(api: ApiProcess, name: string): Promise<string> {
  const email = `${name.toLowerCase()}.${randomBytes(4).toString('hex')}@bench.glossa`;
  const payload = await must<{ token: string }>(
    gql(api.url, `mutation($input: RegisterInput!) { register(input: $input) { token } }`, {
      input: { email, displayName: name, password: 'bench password 123' },
    }),
    'register',
  );
  return payload.token;
}

/** A seminar with an owner, ten readers and one reading: the room of the benchmark. */
async function stage(api: ApiProcess): Promise<{ ownerToken: string; readerTokens: string[]; readingId: string }> {
  const ownerToken = await register(api, 'Owner');
  const seminar = await must<{ id: string; inviteCode: string }>(
    gql(api.url, `mutation { createSeminar(input: { name: "Fan-out" }) { id inviteCode } }`, {}, ownerToken),
    'createSeminar',
  );
  const readerTokens = await Promise.all(Array.from({ length: READERS }, (_, i) => register(api, `Reader${i + 1}`)));
  for (const token of readerTokens) {
    await must(
      gql(
        api.url,
        `mutation($code: String!) { joinSeminar(input: { inviteCode: $code }) { id } }`,
        { code: seminar.inviteCode },
        token,
      ),
      'joinSeminar',
    );
  }
  const reading = await must<{ id: string }>(
    gql(
      api.url,
      `mutation($input: AddReadingInput!) { addReading(input: $input) { id } }`,
      { input: { seminarId: seminar.id, title: 'Fan-out', text: READING_TEXT } },
      ownerToken,
    ),
    'addReading',
  );
  return { ownerToken, readerTokens, readingId: reading.id };
}

/** Connects `target`'s audience and measures the server's memory around it. */
async function connectAudience(clients: ChildProcess, mailbox: Mailbox<ClientsReport>, target: Target): Promise<void> {
  target.before = await target.memory();
  const { group, url, tokens, room } = target;
  clients.send({ type: 'connect', group, url, tokens, room, count: CLIENTS } satisfies ClientsCommand);
  target.connectMs = (await mailbox.next('connected', 90_000, (m) => m.group === group)).ms;
  await new Promise((resolve) => setTimeout(resolve, 1500)); // presence announcements settle
  target.after = await target.memory();
}

/** One change, timed from request and response to the first and last client delivering it. */
async function round(
  mailbox: Mailbox<ClientsReport>,
  target: Target,
  i: number,
  measured: boolean,
): Promise<EventEnvelope | null> {
  const arrival = mailbox.next('received', TIMEOUT_MS, (m) => m.group === target.group);
  const requested = now();
  await target.change(i);
  const responded = now();
  try {
    const received = await arrival;
    if (measured) {
      target.rounds.push({
        fromResponse: received.last - responded,
        fromRequest: received.last - requested,
        firstFromResponse: received.first - responded,
        roundTrip: responded - requested,
      });
    }
    return received.sample;
  } catch {
    target.lost += 1;
    return null;
  }
}

const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;
const row = (label: string, s: Summary) => `${label.padEnd(42)}${ms(s.p50)}${ms(s.p95)}${ms(s.p99)}${ms(s.max)}`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  if (!isChangeName(requestedChange)) throw new Error(`--change must be createAnnotation or reviseReading`);
  let changeName: ChangeName = requestedChange;
  const started = now();
  const database = await throwawayDatabase();
  const cleanups: Array<() => Promise<unknown>> = [() => database.drop()];
  try {
    const { api, bare, clients, mailbox } = await startServers(
      database,
      cleanups,
      argv.has('redis') ? process.env.REDIS_URL || 'redis://127.0.0.1:6379' : '',
    );

    const { ownerToken, readerTokens, readingId } = await stage(api);
    const context = {
      gql: (q: string, v: Record<string, unknown>, t: string) => gql(api.url, q, v, t),
      readingId,
      text: READING_TEXT,
      token: ownerToken,
    };
    try {
      await makeChange(changeName, context, -1);
    } catch (error) {
      if (changeName !== 'createAnnotation') throw error;
      console.log(`(createAnnotation is not available here: ${(error as Error).message}; using reviseReading)`);
      changeName = 'reviseReading';
    }
    const room = `reading:${readingId}`;
    console.log(
      `Fan-out benchmark: ${CLIENTS} Socket.IO clients per server in one reading room (separate process), ` +
        `${CHANGES} × ${changeName} (+${WARMUP} warm-up) interleaved with ${CHANGES} raw emits, node ${process.version}, ${cpus().length} CPUs, ${database.label}` +
        `${argv.has('redis') ? ', API with Redis adapter' : ''}`,
    );

    const unmeasured = () => ({
      rounds: [] as Round[],
      lost: 0,
      connectMs: 0,
      before: { rss: 0, heap: 0 },
      after: { rss: 0, heap: 0 },
    });
    const glossa: Target = {
      ...unmeasured(),
      group: 'api',
      url: api.url,
      tokens: readerTokens,
      room,
      memory: api.memory,
      change: (i) => makeChange(changeName, context, i),
    };
    let payload: EventEnvelope | null = null;
    let seq = 0;
    const raw: Target = {
      ...unmeasured(),
      group: 'raw',
      url: bare.url,
      tokens: ['-'],
      room,
      memory: bare.memory,
      // The baseline emits the very envelope the API delivered, renumbered.
      change: async () => {
        seq += 1;
        const response = await fetch(`${bare.url}/emit`, { method: 'POST', body: JSON.stringify({ ...payload, seq }) });
        if (response.status !== 204) throw new Error(`bare server answered ${response.status}`);
      },
    };
    await connectAudience(clients, mailbox, glossa);
    await connectAudience(clients, mailbox, raw);
    for (let i = 0; i < WARMUP; i++) payload = (await round(mailbox, glossa, i, false)) ?? payload;
    if (!payload) throw new Error('no event reached the clients from the API');
    for (let i = 0; i < WARMUP; i++) await round(mailbox, raw, i, false);
    for (let i = 0; i < CHANGES; i++) {
      const order = i % 2 === 0 ? [glossa, raw] : [raw, glossa];
      for (const target of order) await round(mailbox, target, WARMUP + i, true);
    }
    clients.send({ type: 'disconnect' } satisfies ClientsCommand);
    await mailbox.next('disconnected', 30_000);

    const g = summarize(glossa.rounds.map((r) => r.fromResponse));
    const r = summarize(raw.rounds.map((x) => x.fromResponse));
    console.log(`\nLatency, response → last of ${CLIENTS} clients   p50        p95        p99        max`);
    console.log(row(`Glossa API (${changeName} → event)`, g));
    console.log(row('raw io.to(room).emit (bare server)', r));
    console.log(
      `${'ratio API / raw'.padEnd(42)}${(g.p50 / r.p50).toFixed(2).padStart(10)}${(g.p95 / r.p95).toFixed(2).padStart(10)}${(g.p99 / r.p99).toFixed(2).padStart(10)}`,
    );
    console.log('\nFor context (not the target):');
    console.log(row('API request → last client', summarize(glossa.rounds.map((x) => x.fromRequest))));
    console.log(row('raw request → last client', summarize(raw.rounds.map((x) => x.fromRequest))));
    console.log(row('API response → first client', summarize(glossa.rounds.map((x) => x.firstFromResponse))));
    console.log(row('API mutation round trip', summarize(glossa.rounds.map((x) => x.roundTrip))));
    console.log(row('raw POST /emit round trip', summarize(raw.rounds.map((x) => x.roundTrip))));

    const per = (t: Target, key: keyof Memory) => (t.after[key] - t.before[key]) / CLIENTS;
    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
    console.log(`\nMemory per connected client (after GC), ${CLIENTS} clients each:`);
    console.log(
      `  RSS delta / clients:            API ${kb(per(glossa, 'rss'))} (${mb(glossa.before.rss)} → ${mb(glossa.after.rss)})` +
        `   bare ${kb(per(raw, 'rss'))} (${mb(raw.before.rss)} → ${mb(raw.after.rss)})   ratio ${(per(glossa, 'rss') / per(raw, 'rss')).toFixed(2)}`,
    );
    console.log(
      `  heap + external delta / clients: API ${kb(per(glossa, 'heap'))}   bare ${kb(per(raw, 'heap'))}   ratio ${(per(glossa, 'heap') / per(raw, 'heap')).toFixed(2)}`,
    );
    console.log(
      `Connecting ${CLIENTS} clients: API ${glossa.connectMs.toFixed(0)} ms, bare ${raw.connectMs.toFixed(0)} ms`,
    );
    if (glossa.lost + raw.lost > 0) {
      console.log(`Events not delivered to every client within ${TIMEOUT_MS} ms: API ${glossa.lost}, raw ${raw.lost}`);
    }

    const limit = 2 * r.p95 + 10;
    const met = g.p95 <= limit && glossa.lost === 0;
    console.log(
      `\nTarget: API p95 ≤ 2 × raw p95 + 10 ms = ${limit.toFixed(1)} ms → API p95 ${g.p95.toFixed(1)} ms: ${met ? 'MET' : 'MISSED'}`,
    );
    console.log(`(total ${((now() - started) / 1000).toFixed(0)} s)`);
    process.exitCode = met ? 0 : 1;
  } finally {
    for (const cleanup of cleanups)
      await cleanup().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
