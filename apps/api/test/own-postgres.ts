import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, waitFor } from './own-process';

/**
 * A PostgreSQL server of the test's own, started from the machine's server programs in a fresh
 * directory on a free port, so a test can stop and restart it under load without disturbing the
 * server every other test uses. Run as root (CI), it runs as the `postgres` user, as PostgreSQL
 * refuses root.
 */
export class OwnPostgres {
  private child: ChildProcess | null = null;
  private constructor(
    private readonly bin: string,
    private readonly dir: string,
    readonly port: number,
    private readonly user: { uid: number; gid: number } | undefined,
  ) {}

  /** The directory holding PostgreSQL's server programs, or null when this machine has none. */
  static programs(): string | null {
    const root = '/usr/lib/postgresql';
    if (!existsSync(root)) return null;
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'postgres')))
      .sort((x, y) => Number(y) - Number(x));
    return versions.length ? join(root, versions[0], 'bin') : null;
  }

  static async start(): Promise<OwnPostgres> {
    const bin = OwnPostgres.programs();
    if (!bin) throw new Error('no PostgreSQL server programs under /usr/lib/postgresql');
    const dir = mkdtempSync(join(tmpdir(), 'glossa-own-postgres-'));
    const user = process.getuid?.() === 0 ? postgresUser() : undefined;
    if (user) chownSync(dir, user.uid, user.gid);
    const initdb = spawnSync(join(bin, 'initdb'), ['-D', join(dir, 'data'), '-U', 'postgres', '-A', 'trust', '-E', 'UTF8'], {
      ...(user ?? {}),
      encoding: 'utf8',
    });
    if (initdb.status !== 0) throw new Error(`initdb failed: ${initdb.stderr}`);
    const server = new OwnPostgres(bin, dir, await freePort(), user);
    await server.resume();
    return server;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  urlOf(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Starts the server (again) and resolves once it takes connections. */
  async resume(): Promise<void> {
    const args = ['-D', join(this.dir, 'data'), '-p', String(this.port), '-k', this.dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'];
    this.child = spawn(join(this.bin, 'postgres'), args, { ...(this.user ?? {}), stdio: 'ignore' });
    await waitFor(() => this.answers(), `PostgreSQL on port ${this.port} to take connections`, 30_000);
  }

  /** A fast shutdown, as `pg_ctl stop -m fast` does: open sessions are cut, and nothing is served until `resume`. */
  async halt(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGINT');
    await exited;
    this.child = null;
  }

  async query(sql: string, params: unknown[] = [], database = 'postgres'): Promise<Record<string, unknown>[]> {
    const client = new Client({ connectionString: this.urlOf(database) });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  }

  async stop(): Promise<void> {
    await this.halt();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async answers(): Promise<boolean> {
    const client = new Client({ connectionString: this.url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch {
      return false;
    }
  }
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const uid = id('-u');
  if (!Number.isInteger(uid) || uid <= 0) throw new Error('running as root needs a postgres user to run PostgreSQL as');
  return { uid, gid: id('-g') };
}
