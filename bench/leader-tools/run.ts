/**
 * bench:leader-tools — the discussion map and the participation table of a big seminar.
 *
 * The real API in its own process on a throwaway PostgreSQL database (bench/annotations' harness);
 * the Gilder reading gets 5,000 annotations by 200 members, 20,000 replies and 20,000 reactions
 * (bench/annotations/reading-view-seed.ts), then a debate of 200 claims citing its passages, ~2,000
 * votes, and a few hidden annotations and replies (seed-debate.ts). Timed alternately, N times
 * each, as the owner: the `discussionMap` query (over the web client's passages: its reading blocks
 * in code points) and the `participation` query — the API's server time and statement count — and
 * the same figures by hand-written SQL with raw `pg` (leader-tools-sql.ts). Medians and ratios are
 * printed; targets: ≤ 2× the hand-written SQL, a constant number of statements (≤ 5).
 *
 * Run: npm run bench:leader-tools [-- --runs=9 --annotations=5000 --replies=20000 --members=200 --seed=7]
 */
import { CodePointIndex } from '@glossa/anchoring';
import { isDeepStrictEqual } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Client, Pool } from 'pg';
import { splitReadingIntoBlocks } from '../../apps/web/src/features/readings/reading-blocks';
import { ApiServer, startApi } from '../annotations/api-server';
import { createBenchDatabase, withCleanup } from '../annotations/bench-database';
import { graphql, register } from '../annotations/graphql-client';
import { GILDER_TEXT } from '../annotations/reading-fixture';
import { seedReadingView } from '../annotations/reading-view-seed';
import { Rng } from '../annotations/rng';
import { median, ms, ratio, row } from '../annotations/stats';
import { discussionMapSql } from '../../apps/api/src/analytics/discussion-map.service';
import { participationSql } from '../../apps/api/src/analytics/participation.service';
import { rawMap, rawParticipation } from './leader-tools-sql';
import { seedDebateAndModeration } from './seed-debate';

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
  members: Number(argv.get('members') ?? 200) - 1,
  reactions: 20000,
};
const SEED = Number(argv.get('seed') ?? 7);
const CLAIMS = 200;
const MAX_STATEMENTS = 5;

const MAP_QUERY = `query Map($readingId: ID!, $passageStarts: [Int!]) {
  discussionMap(readingId: $readingId, passageStarts: $passageStarts) {
    passages { index start end annotations questions replies disagreeReactions proClaims conClaims citingClaims disagreement }
    mostQuestioned { index } mostContested { index } mostCited { index }
  }
}`;
const PARTICIPATION_QUERY = `query Participation($seminarId: ID!) {
  participation(seminarId: $seminarId) {
    member { id displayName } role annotations questions repliesGiven repliesReceived reactionsReceived claims evidenceCited votes
  }
}`;

interface Measured {
  serverMs: number[];
  statements: number[];
  last: unknown;
}

async function timed(api: ApiServer, query: string, variables: Record<string, unknown>, token: string, out: Measured) {
  const before = await api.stats();
  out.last = await graphql(api.url, query, variables, token);
  const after = await api.stats();
  out.serverMs.push(...after.requestMs);
  out.statements.push(after.statements - before.statements);
}

async function main(): Promise<void> {
  const cleanups: Array<() => Promise<void>> = [];
  await withCleanup(cleanups, async () => {
    const database = await createBenchDatabase();
    cleanups.push(() => database.drop());
    const api = await startApi(database.url, { DB_POOL_SIZE: '10' });
    cleanups.push(() => api.stop());
    console.log(
      `bench:leader-tools — seed ${SEED}, ${SIZE.annotations} annotations, ${SIZE.replies} replies, ${SIZE.members + 1} members, ${RUNS} runs`,
    );

    const owner = await register(api.url, 'Convenor');
    const { createSeminar } = await graphql<{ createSeminar: { id: string } }>(
      api.url,
      `
        mutation ($input: CreateSeminarInput!) {
          createSeminar(input: $input) {
            id
          }
        }
      `,
      { input: { name: 'Benchmark seminar' } },
      owner.token,
    );
    const seminarId = createSeminar.id;
    const { addReading } = await graphql<{ addReading: { id: string } }>(
      api.url,
      `
        mutation ($input: AddReadingInput!) {
          addReading(input: $input) {
            id
          }
        }
      `,
      { input: { seminarId, title: 'International law and human security', text: GILDER_TEXT } },
      owner.token,
    );
    const readingId = addReading.id;
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
          seminarId,
          motion: 'Intervention may override sovereignty',
          proLabel: 'Intervention',
          conLabel: 'Sovereignty',
          readingIds: [readingId],
        },
      },
      owner.token,
    );

    const db = new Client({ connectionString: database.url });
    await db.connect();
    const seedStarted = performance.now();
    await seedReadingView(db, { seminarId, readingId, viewerId: owner.id, text: GILDER_TEXT }, SIZE, new Rng(SEED));
    const debate = await seedDebateAndModeration(
      db,
      { seminarId, readingId, debateId: createDebate.id },
      { claims: CLAIMS },
      new Rng(SEED + 1),
    );
    await db.end();
    console.log(
      `  seeded in ${ms(performance.now() - seedStarted)}: ${debate.claims} claims, ${debate.evidence} citations, ${debate.votes} votes, ` +
        `${debate.hiddenAnnotations} hidden annotations, ${debate.hiddenReplies} hidden replies\n`,
    );

    // The passages the web client draws: its reading blocks, in code points.
    const index = new CodePointIndex(GILDER_TEXT);
    const passageStarts = splitReadingIntoBlocks(GILDER_TEXT).map((b) => index.toCodePoint(b.start));

    const pool = new Pool({ connectionString: database.url, max: 10 });
    cleanups.push(() => pool.end());
    const raw = {
      map: [] as number[],
      participation: [] as number[],
      apiMapSql: [] as number[],
      apiParticipationSql: [] as number[],
      lastMap: [] as unknown[],
      lastParticipation: [] as unknown[],
    };
    const rawRun = async () => {
      let started = performance.now();
      raw.lastMap = await rawMap(pool, readingId, passageStarts, owner.id, 1);
      raw.map.push(performance.now() - started);
      started = performance.now();
      raw.lastParticipation = await rawParticipation(pool, seminarId, owner.id);
      raw.participation.push(performance.now() - started);
      // The API's own aggregates, sent by hand: how much of the server time is the statement itself.
      started = performance.now();
      await pool.query(discussionMapSql('$3'), [readingId, 1, owner.id, passageStarts]);
      raw.apiMapSql.push(performance.now() - started);
      started = performance.now();
      await pool.query(participationSql('$2'), [seminarId, owner.id, null, null]);
      raw.apiParticipationSql.push(performance.now() - started);
    };
    const map: Measured = { serverMs: [], statements: [], last: null };
    const figures: Measured = { serverMs: [], statements: [], last: null };
    const apiRun = async () => {
      await timed(api, MAP_QUERY, { readingId, passageStarts }, owner.token, map);
      await timed(api, PARTICIPATION_QUERY, { seminarId }, owner.token, figures);
    };

    // Warm up both, then alternate so drift weighs on both alike.
    for (let i = 0; i < 2; i += 1) {
      await apiRun();
      await rawRun();
    }
    for (const list of [
      raw.map,
      raw.participation,
      raw.apiMapSql,
      raw.apiParticipationSql,
      map.serverMs,
      map.statements,
      figures.serverMs,
      figures.statements,
    ])
      list.length = 0;
    for (let i = 0; i < RUNS; i += 1) {
      await apiRun();
      await rawRun();
    }

    const same = sameFigures(map.last, figures.last, raw.lastMap, raw.lastParticipation);
    const passages = (map.last as { discussionMap: { passages: unknown[] } }).discussionMap.passages.length;
    const members = (figures.last as { participation: unknown[] }).participation.length;
    console.log(
      `  ${passages} passages, ${members} members; GraphQL and hand-written figures ${same ? 'identical' : 'DIFFER'}\n`,
    );
    console.log(row('', 'median', 'ratio'));
    const report = (label: string, measured: Measured, baseline: number[], ownSql: number[]) => {
      const server = median(measured.serverMs);
      const sql = median(baseline);
      const own = median(ownSql);
      console.log(row(`${label}: hand-written SQL (baseline)`, ms(sql), ratio(1)));
      console.log(row(`${label}: the API's aggregate, sent by hand`, ms(own), ratio(own / sql)));
      console.log(row(`${label}: GraphQL server time`, ms(server), ratio(server / sql)));
      const [least, most] = [Math.min(...measured.statements), Math.max(...measured.statements)];
      console.log(row(`${label}: SQL statements per query`, least === most ? String(most) : `${least}–${most}`, ''));
      // The one statement that varies is the session check, which a session validated less than 10 s
      // ago skips (RecentSessions, docs/architecture.md): the count does not depend on the data.
      return { ratio: server / sql, statements: most, constant: most - least <= 1 };
    };
    const m = report('discussion map', map, raw.map, raw.apiMapSql);
    const p = report('participation', figures, raw.participation, raw.apiParticipationSql);
    console.log('  (one statement more when the session check is not cached: it is, for 10 s)');
    console.log('');
    const timeOk = m.ratio <= 2 && p.ratio <= 2;
    const statementsOk = m.constant && p.constant && m.statements <= MAX_STATEMENTS && p.statements <= MAX_STATEMENTS;
    console.log(
      `  target ≤ 2× hand-written SQL: ${timeOk ? 'met' : 'MISSED'} (map ${ratio(m.ratio)}, participation ${ratio(p.ratio)}); ` +
        `constant statements ≤ ${MAX_STATEMENTS}: ${statementsOk ? 'met' : 'MISSED'} (map ${m.statements}, participation ${p.statements})`,
    );
    if (!same || !timeOk || !statementsOk) process.exitCode = 1;
  });
}

interface RawPassage {
  passage: number;
  annotations: number;
  questions: number;
  replies: number;
  disagree_reactions: number;
  pro_claims: number;
  con_claims: number;
}
interface RawFigures {
  user_id: string;
  annotations: number;
  questions: number;
  replies_given: number;
  replies_received: number;
  reactions_received: number;
  claims: number;
  evidence_cited: number;
  votes: number;
}

/** The API's figures and the hand-written ones, compared measure by measure. */
function sameFigures(apiMap: unknown, apiFigures: unknown, rawMapRows: unknown[], rawFigureRows: unknown[]): boolean {
  type P = {
    index: number;
    annotations: number;
    questions: number;
    replies: number;
    disagreeReactions: number;
    proClaims: number;
    conClaims: number;
  };
  type F = {
    member: { id: string };
    annotations: number;
    questions: number;
    repliesGiven: number;
    repliesReceived: number;
    reactionsReceived: number;
    claims: number;
    evidenceCited: number;
    votes: number;
  };
  const passages = (apiMap as { discussionMap: { passages: P[] } }).discussionMap.passages.map((p) => [
    p.index,
    p.annotations,
    p.questions,
    p.replies,
    p.disagreeReactions,
    p.proClaims,
    p.conClaims,
  ]);
  const rawPassages = (rawMapRows as RawPassage[]).map((r) => [
    r.passage,
    r.annotations,
    r.questions,
    r.replies,
    r.disagree_reactions,
    r.pro_claims,
    r.con_claims,
  ]);
  const people = (apiFigures as { participation: F[] }).participation.map((f) => [
    f.member.id,
    f.annotations,
    f.questions,
    f.repliesGiven,
    f.repliesReceived,
    f.reactionsReceived,
    f.claims,
    f.evidenceCited,
    f.votes,
  ]);
  const rawPeople = (rawFigureRows as RawFigures[]).map((r) => [
    r.user_id,
    r.annotations,
    r.questions,
    r.replies_given,
    r.replies_received,
    r.reactions_received,
    r.claims,
    r.evidence_cited,
    r.votes,
  ]);
  return isDeepStrictEqual(passages, rawPassages) && isDeepStrictEqual(people, rawPeople);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
