/**
 * bench:reading-view-hidden — what hide-until-you-post (docs/assignments.md) costs the reading view.
 *
 * The real API in its own process on a throwaway PostgreSQL database; the Gilder reading with 5,000
 * annotations, 20,000 replies and 20,000 reactions (reading-view-seed.ts), opened by a member with
 * the web client's reading-view query. Timed alternately, N times each, in the same run:
 *   - baseline: no assignment on the reading;
 *   - hide active, member unlocked: a hide-until-you-post assignment on the reading that this member
 *     has completed, so the rule is evaluated on every statement and the same annotations come back
 *     (target: within 10 % of the baseline);
 *   - hide active, member locked: a second member who has not posted sees only their own (none): for
 *     information, the filter then only removes work.
 * The assignment and the progress rows are written with SQL between runs, as the API would.
 *
 * Run: npm run bench:reading-view-hidden [-- --runs=9 --annotations=5000 --replies=20000 --seed=7]
 * Database: BENCH_DATABASE_URL, TEST_DATABASE_URL, DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres.
 */
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import { ApiServer, startApi } from './api-server';
import { createBenchDatabase, withCleanup } from './bench-database';
import { graphql, register } from './graphql-client';
import { GILDER_TEXT } from './reading-fixture';
import { seedReadingView } from './reading-view-seed';
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

/** apps/web's reading-view query (useReadingAnnotations and its fragments), as bench:reading-view asks it. */
const READING_VIEW_QUERY = `query ReadingView($id: ID!) {
  reading(id: $id) {
    id title revisionNumber currentRevision { id number text }
    annotations(first: 5000) {
      edges { node { id readingId threadId revisionNumber motivation body bodyHtml tags color visibility
        target { exact prefix suffix start end } anchorStatus anchorScore createdAt editedAt deleted
        author { id displayName } replyCount locked reactions { kind count mine } citedBy { id stance }
        replies(first: 20) { edges { node { id threadId parentId depth body bodyHtml createdAt editedAt deleted
          author { id displayName } reactions { kind count mine } } } pageInfo { hasNextPage endCursor } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

interface ReadingView {
  reading: { annotations: { edges: unknown[] } };
}

/** One reading-view query: the API's own server time for it, and the document. */
async function timed(
  api: ApiServer,
  readingId: string,
  token: string,
): Promise<{ serverMs: number; statements: number; doc: ReadingView }> {
  const before = await api.stats();
  const doc = await graphql<ReadingView>(api.url, READING_VIEW_QUERY, { id: readingId }, token);
  const after = await api.stats();
  const serverMs = after.requestMs.reduce((a, b) => a + b, 0);
  return { serverMs, statements: after.statements - before.statements, doc };
}

async function main(): Promise<void> {
  const cleanups: Array<() => Promise<void>> = [];
  await withCleanup(cleanups, async () => {
    const database = await createBenchDatabase();
    cleanups.push(() => database.drop());
    const api = await startApi(database.url, { POSTS_PER_MINUTE: '100000' });
    cleanups.push(() => api.stop());
    console.log(
      `bench:reading-view-hidden — seed ${SEED}, ${SIZE.annotations} annotations, ${SIZE.replies} replies, ${RUNS} runs`,
    );

    const owner = await register(api.url, 'Convenor');
    const { createSeminar: seminar } = await graphql<{ createSeminar: { id: string; inviteCode: string } }>(
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
    );
    const { addReading } = await graphql<{ addReading: { id: string } }>(
      api.url,
      `
        mutation ($input: AddReadingInput!) {
          addReading(input: $input) {
            id
          }
        }
      `,
      { input: { seminarId: seminar.id, title: 'Human security', text: GILDER_TEXT } },
      owner.token,
    );
    const readingId = addReading.id;
    const [unlocked, locked] = [await register(api.url, 'Posted'), await register(api.url, 'Not yet')];
    for (const member of [unlocked, locked])
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
        member.token,
      );
    const db = new Client({ connectionString: database.url });
    await db.connect();
    cleanups.push(() => db.end());
    await seedReadingView(
      db,
      { seminarId: seminar.id, readingId, viewerId: owner.id, text: GILDER_TEXT },
      SIZE,
      new Rng(SEED),
    );

    const assignmentId = randomUUID();
    const setHide = async (on: boolean) => {
      await db.query(`DELETE FROM assignments WHERE id = $1`, [assignmentId]);
      if (!on) return;
      await db.query(
        `INSERT INTO assignments (id, seminar_id, reading_id, title, opens_at, due_at, hide_until_posted, created_by)
         VALUES ($1, $2, $3, 'Week 1', now() - interval '1 day', now() + interval '7 days', true, $4)`,
        [assignmentId, seminar.id, readingId, owner.id],
      );
      await db.query(
        `INSERT INTO assignment_progress (assignment_id, user_id, posts, completed_at) VALUES ($1, $2, 1, now())`,
        [assignmentId, unlocked.id],
      );
    };

    const times = { baseline: [] as number[], unlocked: [] as number[], locked: [] as number[] };
    let documents: { baseline?: ReadingView; unlocked?: ReadingView; locked?: ReadingView } = {};
    let statements: number[] = [];
    // Warm up (JIT, plans, caches) both ways, then alternate so drift weighs on all alike.
    for (const on of [false, true, false, true]) {
      await setHide(on);
      await timed(api, readingId, unlocked.token);
    }
    const measure = async (on: boolean) => {
      await setHide(on);
      return timed(api, readingId, unlocked.token);
    };
    for (let i = 0; i < RUNS; i += 1) {
      // Each order every other run, so neither always follows the other's garbage and writes.
      const firstBaseline = i % 2 === 0;
      const earlier = await measure(!firstBaseline);
      const later = await measure(firstBaseline);
      const [base, open] = firstBaseline ? [earlier, later] : [later, earlier];
      await setHide(true);
      const shut = await timed(api, readingId, locked.token);
      times.baseline.push(base.serverMs);
      times.unlocked.push(open.serverMs);
      times.locked.push(shut.serverMs);
      documents = { baseline: base.doc, unlocked: open.doc, locked: shut.doc };
      statements = [base.statements, open.statements, shut.statements];
    }

    const same = isDeepStrictEqual(documents.baseline, documents.unlocked);
    const shown = (doc?: ReadingView) => doc?.reading.annotations.edges.length ?? 0;
    const base = median(times.baseline);
    const withHide = median(times.unlocked);
    console.log(
      `  the member sees ${shown(documents.baseline)} annotations without the assignment, ${shown(documents.unlocked)} with it once ` +
        `they have posted (${same ? 'identical documents' : 'DOCUMENTS DIFFER'}), the member who has not posted ${shown(documents.locked)}\n`,
    );
    console.log(row('GraphQL server time, reading view', 'median', 'ratio'));
    console.log(row('no assignment (baseline)', ms(base), ratio(1)));
    console.log(row('hide-until-you-post, member unlocked', ms(withHide), ratio(withHide / base)));
    console.log(
      row('hide-until-you-post, member locked', ms(median(times.locked)), ratio(median(times.locked) / base)),
    );
    console.log(row('SQL statements (baseline, unlocked, locked)', statements.join(', '), ''));
    const ok = withHide / base <= 1.1;
    console.log(`\n  target within 10 % of the baseline: ${ok ? 'met' : 'MISSED'} (${ratio(withHide / base)})`);
    if (!same || !ok || shown(documents.locked) !== 0) process.exitCode = 1;
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
