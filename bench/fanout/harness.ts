/**
 * Pieces the real-time benchmarks share (bench/fanout, bench/live): a throwaway database, the bare
 * Socket.IO baseline server, a mailbox for a child process's reports, and a small GraphQL client.
 */
import { ChildProcess, fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { GraphQLReply } from './changes';
import { ApiProcess, startApiProcess } from '../../apps/api/test/realtime-api-process';
import type { ClientsReport, MemoryReport } from './protocol';

/** How child processes run TypeScript: tsx with the workspace's paths. */
export const TSX_ENV = { TSX_TSCONFIG_PATH: join(__dirname, '../../tsconfig.base.json') };

export interface Memory {
  rss: number;
  heap: number;
}

/** Reports from a child process, queued until someone waits for them. */
export class Mailbox<T extends { type: string }> {
  private readonly queue: T[] = [];
  private waiters: Array<{ matches: (m: T) => boolean; resolve: (m: T) => void }> = [];

  constructor(child: ChildProcess) {
    child.on('message', (message: T) => {
      const waiter = this.waiters.find((w) => w.matches(message));
      if (waiter) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(message);
      } else {
        this.queue.push(message);
      }
    });
  }

  next<K extends T['type']>(
    type: K,
    timeoutMs: number,
    where: (message: Extract<T, { type: K }>) => boolean = () => true,
  ): Promise<Extract<T, { type: K }>> {
    const matches = (m: T) => m.type === type && where(m as Extract<T, { type: K }>);
    const index = this.queue.findIndex(matches);
    if (index >= 0) return Promise.resolve(this.queue.splice(index, 1)[0] as Extract<T, { type: K }>);
    return new Promise((resolve, reject) => {
      const waiter = {
        matches,
        resolve: (m: T) => {
          clearTimeout(timer);
          resolve(m as Extract<T, { type: K }>);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no "${type}" report within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }
}

export interface Database {
  url: string | null;
  label: string;
  drop(): Promise<void>;
}

/** A fresh database on the local PostgreSQL server, or null (embedded) when none answers. */
export async function throwawayDatabase(): Promise<Database> {
  const server =
    process.env.BENCH_DATABASE_URL ||
    process.env.TEST_DATABASE_URL ||
    process.env.DATABASE_URL ||
    'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `glossa_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: server, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
  } catch (error) {
    await admin.end().catch(() => undefined);
    console.log(`(no PostgreSQL server answered: ${(error as Error).message}; using embedded PGlite)`);
    const dir = await mkdtemp(join(tmpdir(), 'glossa-bench-'));
    return { url: null, label: `embedded PGlite in ${dir}`, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    label: `PostgreSQL (throwaway database ${name})`,
    async drop() {
      const client = new Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function startBareServer(): Promise<{ child: ChildProcess; url: string; memory(): Promise<Memory> }> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(__dirname, 'bare-server.ts')], {
    env: { ...process.env, ...TSX_ENV },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const mailbox = new Mailbox<MemoryReport>(child);
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`bare server exited (${code})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /BARE_READY (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
  });
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    memory: async () => {
      child.send({ type: 'memory' });
      const { rss, heap } = await mailbox.next('memory', 10_000);
      return { rss, heap };
    },
  };
}

export async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<GraphQLReply> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLReply;
}

export async function must<T>(reply: Promise<GraphQLReply>, field: string): Promise<T> {
  const { data, errors } = await reply;
  if (errors?.length || !data) throw new Error(`${field}: ${JSON.stringify(errors)}`);
  return data[field] as T;
}

/** `--key=value` arguments (a bare `--key` is "true"). */
export function benchArgs(): Map<string, string> {
  return new Map(
    process.argv.slice(2).map((arg) => {
      const [key, value] = arg.replace(/^--/, '').split('=');
      return [key, value ?? 'true'] as const;
    }),
  );
}

export interface Servers {
  api: ApiProcess;
  bare: Awaited<ReturnType<typeof startBareServer>>;
  /** The audiences process (clients.ts) and its reports. */
  clients: ChildProcess;
  mailbox: Mailbox<ClientsReport>;
}

/**
 * The API as its own process on `database`, the bare baseline server and the audiences process;
 * each one's stop is put first in `cleanups`.
 */
export async function startServers(
  database: Database,
  cleanups: Array<() => Promise<unknown>>,
  redisUrl = '',
): Promise<Servers> {
  const api = await startApiProcess('api', {
    DATABASE_URL: database.url ?? '',
    GLOSSA_DATA_DIR: database.url ? '' : join(tmpdir(), `glossa-bench-${Date.now()}`),
    SESSION_SECRET: randomBytes(32).toString('hex'),
    POSTS_PER_MINUTE: '1000000',
    REDIS_URL: redisUrl,
  });
  cleanups.unshift(() => api.stop());
  const bare = await startBareServer();
  cleanups.unshift(async () => bare.child.kill());
  const clients = fork(join(__dirname, 'clients.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...TSX_ENV },
  });
  cleanups.unshift(async () => clients.kill());
  const mailbox = new Mailbox<ClientsReport>(clients);
  clients.on('message', (m: ClientsReport) => {
    if (m.type === 'failed') console.error(`clients: ${m.message}`);
  });
  return { api, bare, clients, mailbox };
}
