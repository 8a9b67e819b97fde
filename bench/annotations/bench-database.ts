import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The PostgreSQL server to benchmark on: BENCH_DATABASE_URL, TEST_DATABASE_URL, DATABASE_URL or the local one. */
export function serverUrl(): string {
  return (
    process.env.BENCH_DATABASE_URL ||
    process.env.TEST_DATABASE_URL ||
    process.env.DATABASE_URL ||
    'postgres://postgres@127.0.0.1:5432/postgres'
  );
}

/**
 * A database created for one run (the API migrates it at start-up) and dropped after it, unless
 * BENCH_KEEP_DATABASE=1 asks to keep it (to EXPLAIN the API's statements on the same data).
 */
export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const server = serverUrl();
  const name = `glossa_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      if (process.env.BENCH_KEEP_DATABASE === '1') {
        console.log(`  kept the database: ${url.toString()}`);
        return;
      }
      const client = new Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * Runs `work` with a throwaway database and an API, and removes both however it ends (error,
 * Ctrl-C): a benchmark leaves nothing behind.
 */
export async function withCleanup<T>(cleanups: Array<() => Promise<void>>, work: () => Promise<T>): Promise<T> {
  const cleanUp = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((e: unknown) => console.error(e));
  };
  const onSignal = () => {
    void cleanUp().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await work();
  } finally {
    await cleanUp();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
