import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * PostgreSQL compiled to WebAssembly (PGlite), kept in a directory and served on a loopback port so
 * that the ordinary `pg` driver and TypeORM reach it exactly as they reach a real server.
 *
 * PGlite runs one connection: the socket server accepts a single client, and the caller must use a
 * pool of exactly one connection (STACK.md: concurrent connections interleave statements).
 */
export class EmbeddedPostgres {
  /** Lock files held by this process (the pid in the file cannot tell two of our own apart). */
  private static readonly held = new Set<string>();

  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly lockFile: string,
    readonly url: string,
  ) {}

  static async start(dataDir: string): Promise<EmbeddedPostgres> {
    await mkdir(dataDir, { recursive: true });
    const lockFile = join(dataDir, 'glossa.pid');
    await EmbeddedPostgres.claim(lockFile);
    const db = await PGlite.create(join(dataDir, 'pgdata'));
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
    await server.start();
    return new EmbeddedPostgres(db, server, lockFile, `postgres://postgres@${server.getServerConn()}/postgres`);
  }

  /**
   * The database of `dataDir` opened in this process alone, without a socket server, for tools that
   * work on it while Glossa is stopped (backups, backups/embedded-backup.ts). Refused while an API
   * (or another tool) has it open.
   */
  static async openOffline(dataDir: string): Promise<{ db: PGlite; close(): Promise<void> }> {
    await mkdir(dataDir, { recursive: true });
    const lockFile = join(dataDir, 'glossa.pid');
    await EmbeddedPostgres.claim(lockFile);
    try {
      const db = await PGlite.create(join(dataDir, 'pgdata'));
      return {
        db,
        async close() {
          await db.close();
          await rm(lockFile, { force: true });
          EmbeddedPostgres.held.delete(lockFile);
        },
      };
    } catch (error) {
      await rm(lockFile, { force: true });
      EmbeddedPostgres.held.delete(lockFile);
      throw error;
    }
  }

  /** Two processes writing one PGlite directory would corrupt it: refuse while another one lives. */
  private static async claim(lockFile: string): Promise<void> {
    const owner = Number(await readFile(lockFile, 'utf8').catch(() => ''));
    const inUse = EmbeddedPostgres.held.has(lockFile) || (owner && owner !== process.pid && isAlive(owner));
    if (inUse) {
      throw new Error(
        `The embedded database in ${lockFile.replace(/glossa\.pid$/, '')} is in use by process ${owner || process.pid}.`,
      );
    }
    EmbeddedPostgres.held.add(lockFile);
    const handle = await open(lockFile, 'w');
    await handle.writeFile(String(process.pid));
    await handle.close();
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
    await rm(this.lockFile, { force: true });
    EmbeddedPostgres.held.delete(this.lockFile);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
