/**
 * bench:annotation-writes — creating annotations through GraphQL with 32 concurrent clients, against
 * raw `pg` INSERTs of the same rows on a pool of the same size, in the same run.
 *
 * The real API runs in its own process (pool of POOL_SIZE connections) on a throwaway PostgreSQL
 * database. 32 members each annotate their own copy of the Gilder reading (so the rate measures the
 * API, not one reading's event counter, which serialises the writers of a room by design): each
 * client sends `createAnnotation` mutations one after another, as fast as answers come, with a
 * clientId, a selected passage, a body and tags (seeded). The baseline inserts, per annotation and in
 * one transaction, the rows the API writes: the thread, the annotation and its event (with the
 * room's next `seq`), from 32 concurrent loops on a `pg` pool of the same size. Rounds alternate
 * (GraphQL, raw, GraphQL, …) so drift weighs on both; the median rate of each is printed with the
 * ratio. Target: GraphQL ≥ 25 % of the raw rate.
 *
 * The API's per-person rate limit (POSTS_PER_MINUTE) guards against floods; it is lifted for the run,
 * which measures how fast the API can write, not how fast it lets one person write.
 *
 * Run: npm run bench:annotation-writes [-- --clients=32 --per-client=120 --rounds=3 --seed=11]
 */
import { renderMarkdown } from '../../apps/api/src/posts/markdown';
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { startApi } from './api-server';
import { createBenchDatabase, withCleanup } from './bench-database';
import { graphql, register } from './graphql-client';
import { LeanGraphqlClient } from './http-client';
import { drawColor, drawTags, GILDER_TEXT, Passage, PassageDrawer } from './reading-fixture';
import { Rng } from './rng';
import { median, ratio, row } from './stats';

const argv = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'] as const;
  }),
);
const CLIENTS = Number(argv.get('clients') ?? 32);
const PER_CLIENT = Number(argv.get('per-client') ?? 120);
const ROUNDS = Number(argv.get('rounds') ?? 3);
const SEED = Number(argv.get('seed') ?? 11);
const POOL_SIZE = 10;

const CREATE = `mutation($input: CreateAnnotationInput!) {
  createAnnotation(input: $input) { id threadId anchorStatus }
}`;

interface Draft {
  passage: Passage;
  motivation: 'highlighting' | 'commenting' | 'questioning';
  body: string;
  /** The body rendered as the API stores it next to the body, for the raw INSERTs. */
  bodyHtml: string;
  tags: string[];
  color: string;
}

interface Member {
  id: string;
  token: string;
  name: string;
  readingId: string;
}

function drawDrafts(rng: Rng, drawer: PassageDrawer, count: number): Draft[] {
  return Array.from({ length: count }, () => {
    const roll = rng.next();
    const motivation = roll < 0.3 ? 'highlighting' : roll < 0.8 ? 'commenting' : 'questioning';
    const body = motivation === 'highlighting' ? '' : drawer.sentence(rng, rng.int(8, 40));
    return {
      passage: drawer.draw(rng),
      motivation,
      body,
      bodyHtml: renderMarkdown(body),
      tags: drawTags(rng),
      color: drawColor(rng),
    };
  });
}

/** Runs `work(client, i)` for every draft of every client, the clients concurrently; returns annotations/s. */
async function rate(drafts: Draft[][], work: (client: number, draft: Draft) => Promise<void>): Promise<number> {
  const started = performance.now();
  await Promise.all(
    drafts.map(async (mine, client) => {
      for (const draft of mine) await work(client, draft);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return drafts.reduce((n, d) => n + d.length, 0) / seconds;
}

async function main(): Promise<void> {
  const cleanups: Array<() => Promise<void>> = [];
  await withCleanup(cleanups, async () => {
    const database = await createBenchDatabase();
    cleanups.push(() => database.drop());
    const api = await startApi(database.url, { DB_POOL_SIZE: String(POOL_SIZE), POSTS_PER_MINUTE: '1000000' });
    cleanups.push(() => api.stop());
    console.log(
      `bench:annotation-writes — seed ${SEED}, ${CLIENTS} clients × ${PER_CLIENT} annotations, ${ROUNDS} rounds each, pool ${POOL_SIZE}`,
    );

    const owner = await register(api.url, 'Convenor');
    const seminar = (
      await graphql<{ createSeminar: { id: string; inviteCode: string } }>(
        api.url,
        `
          mutation ($input: CreateSeminarInput!) {
            createSeminar(input: $input) {
              id
              inviteCode
            }
          }
        `,
        { input: { name: 'Benchmark seminar' } },
        owner.token,
      )
    ).createSeminar;
    const members: Member[] = [];
    for (let i = 0; i < CLIENTS; i += 1) {
      const person = await register(api.url, `Member ${i + 1}`);
      await graphql(
        api.url,
        `
          mutation ($code: String!) {
            joinSeminar(input: { inviteCode: $code }) {
              id
            }
          }
        `,
        { code: seminar.inviteCode },
        person.token,
      );
      const reading = await graphql<{ addReading: { id: string } }>(
        api.url,
        `
          mutation ($input: AddReadingInput!) {
            addReading(input: $input) {
              id
            }
          }
        `,
        { input: { seminarId: seminar.id, title: `Gilder, copy ${i + 1}`, text: GILDER_TEXT } },
        owner.token,
      );
      members.push({ ...person, name: `Member ${i + 1}`, readingId: reading.addReading.id });
    }

    const rng = new Rng(SEED);
    const drawer = new PassageDrawer(GILDER_TEXT);
    const draw = (perClient: number) => members.map(() => drawDrafts(rng, drawer, perClient));

    const http = new LeanGraphqlClient(api.url, CLIENTS);
    cleanups.push(async () => http.close());
    const viaGraphql = (drafts: Draft[][]) =>
      rate(drafts, async (client, draft) => {
        const member = members[client];
        await http.post(
          CREATE,
          {
            input: {
              readingId: member.readingId,
              revisionNumber: 1,
              target: { start: draft.passage.start, end: draft.passage.end, exact: draft.passage.exact },
              motivation: draft.motivation,
              body: draft.body,
              tags: draft.tags,
              color: draft.color,
              clientId: randomUUID(),
            },
          },
          member.token,
          // Safe to send again after a broken connection: the clientId makes the create idempotent.
          { retry: true },
        );
      });

    const pool = new Pool({ connectionString: database.url, max: POOL_SIZE });
    cleanups.push(() => pool.end());
    const viaRawSql = (drafts: Draft[][]) =>
      rate(drafts, async (client, draft) => {
        const member = members[client];
        const id = randomUUID();
        const threadId = randomUUID();
        const room = `reading:${member.readingId}`;
        const now = new Date().toISOString();
        const db = await pool.connect();
        try {
          await db.query('BEGIN');
          await db.query(
            `INSERT INTO threads (id, seminar_id, subject_type, subject_id, room) VALUES ($1, $2, 'annotation', $3, $4)`,
            [threadId, seminar.id, id, room],
          );
          await db.query(
            `INSERT INTO annotations (id, seminar_id, reading_id, thread_id, revision_number, author_id, motivation, body, tags,
               color, visibility, quote_exact, quote_prefix, quote_suffix, position_start, position_end, anchor_status,
               anchor_score, client_id, body_html)
             VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $8, $9, 'SEMINAR', $10, $11, $12, $13, $14, 'exact', 1, $15, $16)`,
            [
              id,
              seminar.id,
              member.readingId,
              threadId,
              member.id,
              draft.motivation,
              draft.body,
              draft.tags,
              draft.color,
              draft.passage.exact,
              draft.passage.prefix,
              draft.passage.suffix,
              draft.passage.start,
              draft.passage.end,
              randomUUID(),
              draft.bodyHtml,
            ],
          );
          // The event, numbered from the room's counter as EventLog.append does.
          await db.query(
            `WITH next AS (
               INSERT INTO room_sequences (room, seq) VALUES ($1, 1)
               ON CONFLICT (room) DO UPDATE SET seq = room_sequences.seq + 1 RETURNING seq)
             INSERT INTO events (room, seq, type, payload, actor_id) SELECT $1, next.seq, 'annotation.created', $2, $3 FROM next`,
            [
              room,
              JSON.stringify({
                annotation: {
                  id,
                  seminarId: seminar.id,
                  readingId: member.readingId,
                  threadId,
                  revisionNumber: 1,
                  authorId: member.id,
                  authorName: member.name,
                  motivation: draft.motivation,
                  body: draft.body,
                  tags: draft.tags,
                  color: draft.color,
                  visibility: 'SEMINAR',
                  target: draft.passage,
                  anchorStatus: 'exact',
                  anchorScore: 1,
                  createdAt: now,
                  editedAt: null,
                  deleted: false,
                },
              }),
              member.id,
            ],
          );
          await db.query('COMMIT');
        } catch (error) {
          await db.query('ROLLBACK');
          throw error;
        } finally {
          db.release();
        }
      });

    // Warm up both paths (JIT, plans, connections), then alternate rounds.
    await viaGraphql(draw(5));
    await viaRawSql(draw(5));
    const graphqlRates: number[] = [];
    const rawRates: number[] = [];
    const apiCpuPerCreate: number[] = [];
    const apiSystemPerCreate: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const before = await api.stats();
      graphqlRates.push(await viaGraphql(draw(PER_CLIENT)));
      const after = await api.stats();
      apiCpuPerCreate.push((after.cpuMs - before.cpuMs) / (CLIENTS * PER_CLIENT));
      apiSystemPerCreate.push((after.systemMs - before.systemMs) / (CLIENTS * PER_CLIENT));
      rawRates.push(await viaRawSql(draw(PER_CLIENT)));
    }

    const [{ n }] = (await pool.query('SELECT count(*)::int AS n FROM annotations')).rows as Array<{ n: number }>;
    const expected = 2 * CLIENTS * 5 + 2 * ROUNDS * CLIENTS * PER_CLIENT;
    const gql = median(graphqlRates);
    const raw = median(rawRates);
    console.log(`  ${n} annotations written (${n === expected ? 'all' : `EXPECTED ${expected}`})\n`);
    const rounds = (rates: number[]) => `  (rounds: ${rates.map((r) => r.toFixed(0)).join(', ')})`;
    console.log(row('', 'median', 'ratio'));
    console.log(row('raw pg INSERTs (baseline)', `${raw.toFixed(0)}/s`, ratio(1)) + rounds(rawRates));
    console.log(row('createAnnotation over GraphQL', `${gql.toFixed(0)}/s`, ratio(gql / raw)) + rounds(graphqlRates));
    console.log(
      row('API process CPU per GraphQL create', `${median(apiCpuPerCreate).toFixed(2)} ms`, '') +
        `  (of which ${median(apiSystemPerCreate).toFixed(2)} ms in the kernel)`,
    );
    console.log(row('creates sent again after a broken connection', String(http.retries), ''));
    console.log(row('creates sent again after UNAVAILABLE (retryable)', String(http.unavailableRetries), ''));
    console.log(row('machine: CPUs; load average (1 min)', `${cpus().length}; ${loadavg()[0].toFixed(1)}`, ''));
    console.log('');
    console.log(
      `  target ≥ 25 % of raw: ${gql / raw >= 0.25 ? 'met' : 'MISSED'} (${((100 * gql) / raw).toFixed(0)} %)`,
    );
    // Like bench:anchoring, a missed target (or a lost write) ends with status 1.
    if (n !== expected || gql / raw < 0.25) process.exitCode = 1;
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
