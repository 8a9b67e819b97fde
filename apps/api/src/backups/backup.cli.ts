/**
 * `npm run backup -- <file>` and `npm run restore -- <file>` for the embedded database
 * (docs/operations.md, "Backups"). A PostgreSQL server is backed up with its own pg_dump/pg_restore.
 */
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config/app-config';
import { backupEmbedded, restoreEmbedded } from './embedded-backup';

async function main(): Promise<void> {
  const [command, file] = process.argv.slice(2);
  if ((command !== 'backup' && command !== 'restore') || !file) {
    throw new ConfigError('Usage: npm run backup -- <file.sql>   or   npm run restore -- <file.sql>');
  }
  const config = loadConfig();
  if (config.databaseUrl) {
    throw new ConfigError(
      'DATABASE_URL is set: back up that server with pg_dump and restore with pg_restore (docs/operations.md, "Backups").',
    );
  }
  const path = resolve(file);
  if (command === 'backup') {
    const { bytes } = await backupEmbedded(config.dataDir, path);
    console.log(`Wrote the embedded database in ${config.dataDir} to ${path} (${bytes} bytes of SQL).`);
  } else {
    await restoreEmbedded(config.dataDir, path);
    console.log(`Restored ${path} into a new embedded database in ${config.dataDir}.`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
