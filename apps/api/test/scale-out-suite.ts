import { spawnSync } from 'node:child_process';
import { reportSkip } from './skip-report';

/** The Redis that tests of several instances share. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/** Whether Redis answers PING, checked synchronously so the suite can be skipped at definition time. */
function redisAnswers(url: string): boolean {
  const script = `
    const u = new URL(process.argv[1]);
    const s = require('net').connect(Number(u.port || 6379), u.hostname);
    s.setTimeout(1500, () => process.exit(1));
    s.on('error', () => process.exit(1));
    s.on('connect', () => s.write('PING\\r\\n'));
    s.on('data', (d) => process.exit(/^(\\+PONG|-NOAUTH)/.test(String(d)) ? 0 : 1));`;
  return spawnSync(process.execPath, ['-e', script, url], { timeout: 5000 }).status === 0;
}

/**
 * `describe` for a suite that needs Redis (and, for several API processes, a PostgreSQL server),
 * or `describe.skip` with the reason reported. On the embedded database a suite of several
 * processes cannot run by design (two processes cannot share one PGlite), so it is skipped with
 * the variable that would run it; otherwise, under CI=true, an unreachable Redis is a failure,
 * never a skip.
 */
export function suiteNeedingRedis(name: string, needs: { postgresServer: boolean }): jest.Describe {
  const byDesign = needs.postgresServer && process.env.GLOSSA_TEST_DATABASE_EMBEDDED === 'true';
  const unavailable = byDesign
    ? 'two API processes need a PostgreSQL server: set TEST_DATABASE_URL (and TEST_REDIS_URL) to run it'
    : redisAnswers(TEST_REDIS_URL)
      ? null
      : `Redis at ${TEST_REDIS_URL} is unreachable (set TEST_REDIS_URL or start redis-server)`;
  if (unavailable && !byDesign && process.env.CI === 'true') {
    describe(name, () => {
      it(`has Redis${needs.postgresServer ? ' and a PostgreSQL server' : ''} to run against (CI=true)`, () => {
        throw new Error(unavailable);
      });
    });
  } else if (unavailable) {
    reportSkip(name, unavailable);
  }
  return unavailable ? describe.skip : describe;
}
