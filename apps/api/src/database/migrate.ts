import { DataSource } from 'typeorm';

/** An arbitrary constant: the advisory lock that lets one API instance migrate while others wait. */
const MIGRATION_LOCK = 736_100_001;

/**
 * Runs pending migrations. Several API instances may start together against one server, so the
 * run is serialised by a session-level advisory lock held on a dedicated connection. With a single
 * connection (embedded PGlite) there is one process and no second connection to hold a lock on.
 */
export async function migrate(dataSource: DataSource, singleConnection: boolean): Promise<void> {
  if (singleConnection) {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}
