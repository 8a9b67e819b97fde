#!/usr/bin/env node
// Glossa's whole test suite, as the README's `npm test` runs it: static checks, unit tests,
// integration tests on a real PostgreSQL (TEST_DATABASE_URL / DATABASE_URL, else embedded PGlite),
// then the browser tests in Debian's Chromium against the built app. With CI=true a missing
// service or browser fails the run instead of being skipped.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const root = new URL('..', import.meta.url).pathname;
const ci = process.env.CI === 'true';
const artifacts = join(root, 'test-artifacts');
mkdirSync(artifacts, { recursive: true });
process.env.NX_NO_CLOUD = 'true';
process.env.NX_DAEMON = 'false';
process.env.NX_TUI = 'false';

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const skipReasons = [];

// A variable given as undefined is removed, so a stage can run as if it had never been set.
function stageEnv(env) {
  return Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, v]) => v !== undefined));
}

function finish(label, started, ok) {
  console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failures.push(label);
  return ok;
}

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: stageEnv(env) });
  return finish(label, started, result.status === 0);
}

// A stage that runs beside another. One of a pair shows its output live; the other writes to a log
// file (a file, not a pipe, so it never waits on this process), printed whole when it ends, so the
// two stages' lines never interleave.
function runBeside(label, command, args, env, { live }) {
  console.log(`\n▶ ${label}${live ? '' : ' (side by side; its output follows when it ends)'}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const log = join(artifacts, `${label.replace(/\W+/g, '-')}.log`);
  const fd = live ? undefined : openSync(log, 'w');
  const stdio = live ? 'inherit' : ['ignore', fd, fd];
  const child = spawn(command, args, { cwd: root, stdio, env: stageEnv(env) });
  return new Promise((resolve) => {
    child.on('close', (status) => {
      if (!live) {
        closeSync(fd);
        console.log(`\n── ${label}: output ──`);
        process.stdout.write(readFileSync(log, 'utf8'));
      }
      resolve(finish(label, started, status === 0));
    });
  });
}

/** Runs the stages two at a time, in order; resolves when all have ended. */
async function inPairs(stages) {
  const queue = [...stages];
  const lane = async () => {
    while (queue.length) await queue.shift()();
  };
  await Promise.all([lane(), lane()]);
}

function jestArgs(label, config, extra) {
  const report = join(artifacts, `${label.replace(/\W+/g, '-')}.json`);
  const skipReport = join(artifacts, `${label.replace(/\W+/g, '-')}.skips.jsonl`);
  rmSync(skipReport, { force: true });
  rmSync(report, { force: true });
  return { report, skipReport, args: ['jest', '-c', config, '--json', `--outputFile=${report}`, ...extra] };
}

function countJest(label, { report, skipReport }, ok) {
  if (existsSync(skipReport))
    for (const line of readFileSync(skipReport, 'utf8').split('\n').filter(Boolean)) {
      const { suite, why } = JSON.parse(line);
      skipReasons.push(`${label}: ${suite} (${why})`);
    }
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
    totals.skipped += r.numPendingTests + r.numTodoTests;
  } else if (!ok) {
    totals.failed += 1;
  }
  return ok;
}

function jest(label, config, env = {}, extra = []) {
  const files = jestArgs(label, config, extra);
  const ok = run(label, 'npx', files.args, { ...env, GLOSSA_SKIP_REPORT: files.skipReport });
  return countJest(label, files, ok);
}

async function jestBeside(label, config, env, live) {
  const files = jestArgs(label, config, []);
  const ok = await runBeside(label, 'npx', files.args, { ...env, GLOSSA_SKIP_REPORT: files.skipReport }, { live });
  return countJest(label, files, ok);
}

function skipOrFail(what, why) {
  if (ci) {
    console.error(`✘ ${what}: ${why} (CI=true: a missing service or browser is a failure)`);
    failures.push(what);
    totals.failed += 1;
  } else {
    console.warn(`⚠ ${what} SKIPPED: ${why}`);
    skipReasons.push(`${what} (${why})`);
  }
}

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    console.error(`cannot reach PostgreSQL at ${url.replace(/:[^:@/]+@/, ':***@')}: ${error.message}`);
    return false;
  }
}

// 1. Static checks: types and lint (module boundaries included), and the build.
const tsconfigs = [
  'apps/api/tsconfig.app.json',
  'apps/api/tsconfig.spec.json',
  'apps/web/tsconfig.app.json',
  'apps/web/tsconfig.spec.json',
  'apps/web-e2e/tsconfig.json',
  'libs/anchoring/tsconfig.json',
  'libs/contracts/tsconfig.json',
  'libs/realtime-client/tsconfig.json',
  // Every benchmark in one program: most import the API, which one `tsc` then checks once, not once per benchmark.
  'bench/tsconfig.json',
];
// Each `tsc` is one thread: two at a time keep both cores busy, each one's output printed whole when
// it ends. The build of the app runs among them: the browser tests need it, and so does the
// integration test of the web client's headers, which would otherwise build it once per pass.
let built = false;
await inPairs([
  async () => {
    built = await runBeside('build', 'npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {}, { live: false });
  },
  ...tsconfigs
    .filter((t) => existsSync(join(root, t)))
    .map((tsconfig) => () => runBeside(`typecheck ${tsconfig}`, 'npx', ['tsc', '-p', tsconfig, '--noEmit'], {}, { live: false })),
]);
run('lint', 'npx', ['nx', 'run-many', '-t', 'lint', '--outputStyle=static']);
run('document references', 'node', ['scripts/check-doc-references.mjs']);

// 2. Unit tests.
jest('unit', 'jest.config.js');

// 3. Integration tests, on each database path they can take, and 4. the browser tests, all side
// by side. The README's command with nothing set runs the integration tests on embedded PGlite;
// with TEST_DATABASE_URL (or DATABASE_URL) on that server. CI runs both, the embedded pass in
// exactly the environment a newcomer has (no database, Redis or CI variables), so the path every
// new clone takes cannot go red unseen (docs/architecture.md, Tests). Each integration pass is one
// Jest worker on a database of its own and the browser tests start apps of their own on fresh
// embedded databases, so the lanes share nothing; each waits on sockets, child processes and
// timers much of the time, so together they keep two cores busy where one after another they would not.
const intConfig = 'apps/api/jest.int.config.js';
const databaseUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
const integrationEnv = { NODE_OPTIONS: '--experimental-vm-modules' };
const unset = undefined;
const newcomer = {
  ...integrationEnv,
  ...Object.fromEntries(['TEST_DATABASE_URL', 'DATABASE_URL', 'REDIS_URL', 'TEST_REDIS_URL', 'CI'].map((k) => [k, unset])),
};
const embeddedPass = !databaseUrl || ci || process.env.GLOSSA_TEST_EMBEDDED === 'true';
let serverPass = false;
if (databaseUrl) {
  if (await reachable(databaseUrl)) serverPass = true;
  else {
    failures.push('integration: database unreachable');
    totals.failed += 1;
  }
} else if (ci) {
  skipOrFail('integration tests on a PostgreSQL server', 'TEST_DATABASE_URL is not set');
}

// The browser tests run the built app as `npm start` starts it, in Debian's Chromium.
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const browserPass = existsSync(chromium) && built;
if (!existsSync(chromium)) skipOrFail('browser tests', `no Chromium at ${chromium} (apt-get install -y chromium)`);

// One lane shows its output live, the others write theirs to test-artifacts/ and print it when they end.
const lanes = [
  ...(serverPass ? [['integration on the PostgreSQL server', intConfig, integrationEnv]] : []),
  ...(embeddedPass ? [['integration on embedded PGlite', intConfig, newcomer]] : []),
  ...(browserPass ? [['browser', 'apps/web-e2e/jest.config.js', { CHROMIUM_PATH: chromium }]] : []),
];
await Promise.all(lanes.map(([label, config, env], i) => jestBeside(label, config, env, i === 0)));

console.log(`\n${failures.length ? `Failed: ${failures.join(', ')}` : 'All stages passed.'}`);
// The last line says why anything was skipped, so a skipped stage or suite is never silent.
const why = skipReasons.length ? ` (skipped: ${skipReasons.join('; ')})` : '';
console.log(`glossa: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped${why}`);
process.exit(failures.length ? 1 : 0);
