import { pgDump } from '@electric-sql/pglite-tools/pg_dump';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EmbeddedPostgres } from '../database/embedded-postgres';

/**
 * Lines PGlite's pg_dump writes that a PostgreSQL server must not see: PGlite's own column option
 * (`pg_attver`), and `transaction_timeout`, a setting servers before PostgreSQL 17 do not know (it is
 * only the dump session's "no timeout", so dropping it changes nothing).
 */
const NOT_FOR_SERVERS = [/^ALTER TABLE ONLY .* SET \(pg_attver=\d+\);$/, /^SET transaction_timeout = 0;$/];

/** Keeps a plain SQL dump restorable on any PostgreSQL server from 13 on, as on PGlite. */
export function portableDump(sql: string): string {
  return sql
    .split('\n')
    .filter((line) => !NOT_FOR_SERVERS.some((pattern) => pattern.test(line)))
    .join('\n');
}

/**
 * Writes the embedded database of `dataDir` to `file` as plain SQL (INSERT statements, no owners or
 * grants), which `psql` restores on a PostgreSQL server and `restoreEmbedded` into a new data dir.
 * Glossa must be stopped: the database is opened in this process alone.
 */
export async function backupEmbedded(dataDir: string, file: string): Promise<{ bytes: number }> {
  const { db, close } = await EmbeddedPostgres.openOffline(dataDir);
  try {
    const dump = await pgDump({ pg: db, args: ['--no-owner', '--no-privileges'] });
    const sql = portableDump(await dump.text());
    await writeFile(file, sql, 'utf8');
    return { bytes: Buffer.byteLength(sql) };
  } finally {
    await close();
  }
}

/**
 * Loads a plain SQL dump (from `backupEmbedded`, or `pg_dump --inserts --no-owner` of a server) into
 * a new embedded database in `dataDir`. Refuses a data dir that already holds a database: a restore
 * never merges into, or overwrites, existing data.
 */
export async function restoreEmbedded(dataDir: string, file: string): Promise<void> {
  const existing = await readdir(join(dataDir, 'pgdata')).catch(() => []);
  if (existing.length > 0)
    throw new Error(`${dataDir} already holds a database: restore into a new GLOSSA_DATA_DIR, then switch to it.`);
  const sql = await readFile(file, 'utf8');
  const { db, close } = await EmbeddedPostgres.openOffline(dataDir);
  try {
    await db.exec(sql);
  } finally {
    await close();
  }
}
