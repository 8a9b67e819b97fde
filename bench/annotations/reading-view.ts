/**
 * bench:reading-view — opening a reading with 5,000 annotations and 20,000 replies.
 *
 * The real API runs in its own process on a throwaway PostgreSQL database; the Gilder reading gets
 * 5,000 annotations, 20,000 replies (nested, some threads longer than a page) and 20,000 reactions,
 * bulk-inserted with SQL from a seeded generator. Timed, alternately, N times each:
 *   - the reading-view GraphQL query over HTTP, as the web client asks it (useReadingAnnotations:
 *     the reading, its text, annotations(first: 5000) with author, replyCount, reactions and the
 *     first page of replies with authors and reactions): the API's server time (request in →
 *     response out, measured inside the API), and the SQL statements it issued (StatementCounter);
 *   - the same data fetched by hand with raw `pg` (reading-view-sql.ts), the baseline: the SQL
 *     alone, and the SQL plus building and serialising the same JSON (a hand-written endpoint).
 * Medians and ratios are printed; targets: ≤ 2× the raw fetch, ≤ 10 statements.
 *
 * Run: npm run bench:reading-view [-- --runs=9 --annotations=5000 --replies=20000 --seed=7]
 * Database: BENCH_DATABASE_URL, TEST_DATABASE_URL, DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres.
 */
import { isDeepStrictEqual } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Client, Pool } from 'pg';
import { ApiServer, startApi } from './api-server';
import { createBenchDatabase, withCleanup } from './bench-database';
import { graphql, register } from './graphql-client';
import { GILDER_TEXT } from './reading-fixture';
import { seedReadingView } from './reading-view-seed';
import { assemble, fetchReadingView, RAW_STATEMENTS } from './reading-view-sql';
import { Rng } from './rng';
import { median, ms, ratio, row } from './stats';

const argv = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'] as const;
  }),
);
const RUNS = Number(argv.get('runs') ?? 9);
const SIZE = {
  annotations: Number(argv.get('annotations') ?? 5000),
  replies: Number(argv.get('replies') ?? 20000),
  members: 40,
  reactions: 20000,
};
const SEED = Number(argv.get('seed') ?? 7);
const POOL_SIZE = 10;
const CLAIMS = 100;

/** apps/web's AnnotationFields and ReplyFields fragments (features/annotations), field for field. */
const ANNOTATION_FIELDS = `id readingId threadId revisionNumber motivation body bodyHtml tags color visibility
  target { exact prefix suffix start end } anchorStatus anchorScore createdAt editedAt deleted
  author { id displayName } replyCount locked reactions { kind count mine } citedBy { id stance }`;
const REPLY_FIELDS = `id threadId parentId depth body bodyHtml createdAt editedAt deleted author { id displayName }
  reactions { kind count mine }`;

/** The web client's reading-view query (apps/web useReadingAnnotations + its fragments), one page of 5,000. */
const READING_VIEW_QUERY = `query ReadingView($id: ID!) {
  reading(id: $id) {
    id title revisionNumber currentRevision { id number text }
    annotations(first: 5000) {
      edges { node { ${ANNOTATION_FIELDS}
        replies(first: 20) { edges { node { ${REPLY_FIELDS} } } pageInfo { hasNextPage endCursor } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

/** A debate whose claims cite some of the passages, so that `citedBy` has something to find. */
async function seedDebate(
  api: ApiServer,
  token: string,
  ids: { seminarId: string; readingId: string },
  passages: string[],
  rng: Rng,
): Promise<number> {
  const { createDebate } = await graphql<{ createDebate: { id: string } }>(
    api.url,
    `
      mutation ($input: CreateDebateInput!) {
        createDebate(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        seminarId: ids.seminarId,
        motion: 'Humanitarian intervention may override state sovereignty',
        proLabel: 'Intervention',
        conLabel: 'Sovereignty',
        readingIds: [ids.readingId],
      },
    },
    token,
  );
  for (let i = 0; i < CLAIMS; i += 1) {
    await graphql(
      api.url,
      `
        mutation ($input: AddClaimInput!) {
          addClaim(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          debateId: createDebate.id,
          stance: rng.next() < 0.5 ? 'PRO' : 'CON',
          body: `Claim ${i + 1}: the passage shows it.`,
          evidenceAnnotationIds: [...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pick(passages)))],
        },
      },
      token,
    );
  }
  return CLAIMS;
}

interface Measured {
  serverMs: number[];
  clientMs: number[];
  statements: number[];
  last: unknown;
}

async function timeGraphql(
  api: ApiServer,
  query: string,
  readingId: string,
  token: string,
  runs: number,
): Promise<Measured> {
  const out: Measured = { serverMs: [], clientMs: [], statements: [], last: null };
  for (let i = 0; i < runs; i += 1) {
    const before = await api.stats();
    const started = performance.now();
    out.last = await graphql(api.url, query, { id: readingId }, token);
    out.clientMs.push(performance.now() - started);
    const after = await api.stats();
    out.serverMs.push(...after.requestMs);
    out.statements.push(after.statements - before.statements);
  }
  return out;
}

async function main(): Promise<void> {
  const cleanups: Array<() => Promise<void>> = [];
  await withCleanup(cleanups, async () => {
    const database = await createBenchDatabase();
    cleanups.push(() => database.drop());
    // The claims below are posted faster than the per-person rate limit allows a person.
    const api = await startApi(database.url, { DB_POOL_SIZE: String(POOL_SIZE), POSTS_PER_MINUTE: '100000' });
    cleanups.push(() => api.stop());

    console.log(
      `bench:reading-view — seed ${SEED}, ${SIZE.annotations} annotations, ${SIZE.replies} replies, ${RUNS} runs`,
    );
    const viewer = await register(api.url, 'Reader');
    const seminar = await graphql<{ createSeminar: { id: string } }>(
      api.url,
      `
        mutation ($input: CreateSeminarInput!) {
          createSeminar(input: $input) {
            id
          }
        }
      `,
      { input: { name: 'Benchmark seminar' } },
      viewer.token,
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
      {
        input: {
          seminarId: seminar.createSeminar.id,
          title: 'International law and human security in a kaleidoscopic world',
          text: GILDER_TEXT,
        },
      },
      viewer.token,
    );
    const readingId = reading.addReading.id;
    const db = new Client({ connectionString: database.url });
    await db.connect();
    const seedStarted = performance.now();
    const seeded = await seedReadingView(
      db,
      { seminarId: seminar.createSeminar.id, readingId, viewerId: viewer.id, text: GILDER_TEXT },
      SIZE,
      new Rng(SEED),
    );
    await db.end();
    const claims = await seedDebate(
      api,
      viewer.token,
      { seminarId: seminar.createSeminar.id, readingId },
      seeded.sharedAnnotationIds,
      new Rng(SEED + 1),
    );
    console.log(
      `  seeded in ${ms(performance.now() - seedStarted)}; the viewer may see ${seeded.visibleAnnotations} annotations, ` +
        `${claims} claims cite some of them\n`,
    );

    const pool = new Pool({ connectionString: database.url, max: POOL_SIZE });
    cleanups.push(() => pool.end());
    const sessionId = (JSON.parse(Buffer.from(viewer.token.split('.')[1], 'base64url').toString()) as { sid: string })
      .sid;
    const raw = { sqlMs: [] as number[], endpointMs: [] as number[], last: null as unknown };
    const rawRun = async () => {
      const started = performance.now();
      const fetched = await fetchReadingView(pool, readingId, sessionId);
      raw.sqlMs.push(performance.now() - started);
      raw.last = assemble(fetched);
      JSON.stringify(raw.last);
      raw.endpointMs.push(performance.now() - started);
    };

    // Warm up both (JIT, plans, caches), then alternate so drift weighs on both alike.
    const query = READING_VIEW_QUERY;
    await timeGraphql(api, query, readingId, viewer.token, 2);
    await rawRun();
    await rawRun();
    raw.sqlMs = [];
    raw.endpointMs = [];
    const measured: Measured = { serverMs: [], clientMs: [], statements: [], last: null };
    for (let i = 0; i < RUNS; i += 1) {
      const one = await timeGraphql(api, query, readingId, viewer.token, 1);
      measured.serverMs.push(...one.serverMs);
      measured.clientMs.push(...one.clientMs);
      measured.statements.push(...one.statements);
      measured.last = one.last;
      await rawRun();
    }

    const gql = measured.last as ReturnType<typeof assemble>;
    const edges = gql.reading.annotations.edges;
    const same = isDeepStrictEqual(withoutCursors(gql), withoutCursors(raw.last));
    const server = median(measured.serverMs);
    const sql = median(raw.sqlMs);
    const endpoint = median(raw.endpointMs);
    const statements = Math.max(...measured.statements);
    console.log(
      `  ${edges.length} annotations, ${edges.reduce((n, e) => n + e.node.replies.edges.length, 0)} replies in first pages, ` +
        `${edges.reduce((n, e) => n + e.node.replyCount, 0)} replies counted; GraphQL and raw documents ${same ? 'identical' : 'DIFFER'}\n`,
    );
    console.log(row('', 'median', 'ratio'));
    console.log(row('raw pg: SQL only (baseline)', ms(sql), ratio(1)));
    console.log(row('raw pg: SQL + build + JSON.stringify', ms(endpoint), ratio(endpoint / sql)));
    console.log(row('GraphQL server time', ms(server), ratio(server / sql)));
    console.log(
      row(
        'GraphQL round trip seen by the client',
        ms(median(measured.clientMs)),
        ratio(median(measured.clientMs) / sql),
      ),
    );
    console.log(row('SQL statements per GraphQL query', String(statements), ''));
    console.log(row('SQL statements of the raw fetch', String(RAW_STATEMENTS), ''));
    console.log('');
    const timeOk = server / sql <= 2;
    const statementsOk = statements <= 10;
    console.log(
      `  target ≤ 2× raw: ${timeOk ? 'met' : 'MISSED'} (${ratio(server / sql)}); ≤ 10 statements: ${statementsOk ? 'met' : 'MISSED'} (${statements})`,
    );
    // Like bench:anchoring, a missed target (or documents that differ) ends with status 1.
    if (!same || !timeOk || !statementsOk) process.exitCode = 1;
  });
}

/** The documents without cursors (opaque, and different by design) for the equivalence check. */
function withoutCursors(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutCursors);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'endCursor' && key !== 'cursor')
        .map(([k, v]) => [k, withoutCursors(v)]),
    );
  return value;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
