import { OwnPostgres } from './own-postgres';
import { OwnRedis } from './own-redis';
import { reportSkip } from './skip-report';

/**
 * `describe` for a fault test, which starts PostgreSQL or Redis processes of its own to stop under
 * load. It runs on the server pass, where the machine's server programs are expected; on the
 * embedded pass it is skipped by design, naming the variable that runs it. Under CI=true missing
 * programs are a failure, never a skip.
 */
export function faultSuite(name: string, needs: { postgres: boolean; redis: boolean }): jest.Describe {
  if (process.env.GLOSSA_TEST_DATABASE_EMBEDDED === 'true') {
    reportSkip(name, 'starts PostgreSQL and Redis processes of its own beside a PostgreSQL server: set TEST_DATABASE_URL to run it');
    return describe.skip;
  }
  const missing = [
    needs.postgres && !OwnPostgres.programs() ? 'PostgreSQL server programs (apt-get install -y postgresql)' : null,
    needs.redis && !OwnRedis.available() ? 'redis-server (apt-get install -y redis-server)' : null,
  ].filter(Boolean);
  if (missing.length === 0) return describe;
  const why = `needs ${missing.join(' and ')}`;
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('has the server programs it starts (CI=true)', () => {
        throw new Error(why);
      });
    });
  } else {
    reportSkip(name, why);
  }
  return describe.skip;
}
