/**
 * The soak's processes: two Glossa API instances on one database and Redis, two bare Socket.IO
 * servers sharing rooms through the same Redis, and one audience process per instance. Each start
 * puts its stop first in `cleanups`, so everything goes away on an error or Ctrl-C too.
 */
import { ChildProcess, fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ApiProcess, startApiProcess } from '../../apps/api/test/realtime-api-process';
import { TSX_ENV } from '../fanout/harness';
import type { AudienceCommand, AudienceReport } from './protocol';

export type Cleanups = Array<() => Promise<unknown>>;

/**
 * Thousands of clients share two processes here, on a machine shared with everything else; in use
 * each is a browser of its own. So the instances take Socket.IO's own ping defaults (25 s + 20 s)
 * rather than Glossa's 10 s + 5 s, lest a starved audience process be taken for gone and reconnect
 * in a loop, and announce presence at most once a second per room while 5,000 sockets join
 * (docs/operations.md, "Soak").
 */
export const BENCH_REALTIME_SETTINGS = {
  REALTIME_PING_INTERVAL_MS: '25000',
  REALTIME_PING_TIMEOUT_MS: '20000',
  REALTIME_PRESENCE_DEBOUNCE_MS: '1000',
};

export async function startInstances(databaseUrl: string, redisUrl: string, cleanups: Cleanups): Promise<ApiProcess[]> {
  const settings = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    // One secret for both, as behind a load balancer: a session opened on one is valid on the other.
    SESSION_SECRET: randomBytes(32).toString('hex'),
    POSTS_PER_MINUTE: '1000000',
    LOG_LEVEL: 'warn',
    ...BENCH_REALTIME_SETTINGS,
  };
  const startTimeout = Number(process.env.BENCH_API_START_TIMEOUT_MS ?? 120_000);
  const instances = await Promise.all(
    ['A', 'B'].map(async (name) => {
      const api = await startApiProcess(name, settings, startTimeout);
      cleanups.unshift(() => api.stop());
      return api;
    }),
  );
  return instances;
}

export interface BareServer {
  url: string;
  child: ChildProcess;
}

/** Two bare Socket.IO servers with the Redis adapter, under a key of this run only. */
export async function startBareServers(redisUrl: string, cleanups: Cleanups): Promise<BareServer[]> {
  const key = `glossa-soak-bare-${randomBytes(4).toString('hex')}`;
  return Promise.all(
    [0, 1].map(async () => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'bare-redis-server.ts')], {
        env: { ...process.env, ...TSX_ENV, REDIS_URL: redisUrl, BARE_ADAPTER_KEY: key },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      cleanups.unshift(async () => child.kill());
      const port = await new Promise<number>((resolve, reject) => {
        let output = '';
        child.once('exit', (code) => reject(new Error(`bare server exited (${code})`)));
        child.stdout?.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /BARE_READY (\d+)/.exec(output);
          if (match) resolve(Number(match[1]));
        });
      });
      return { url: `http://127.0.0.1:${port}`, child };
    }),
  );
}

/** An audience process (audience.ts) and a way to wait for its reports. */
export class Audience {
  private readonly waiters: Array<{ matches: (m: AudienceReport) => boolean; resolve: (m: AudienceReport) => void }> =
    [];

  private constructor(
    readonly child: ChildProcess,
    onArrived: (report: Extract<AudienceReport, { type: 'arrived' }>) => void,
  ) {
    child.on('message', (message: AudienceReport) => {
      if (message.type === 'arrived') return onArrived(message);
      if (message.type === 'failed') console.error(`audience: ${message.message}`);
      if (message.type === 'connecting') {
        const seconds = (message.ms / 1000).toFixed(0);
        console.log(`  ${message.group}: ${message.subscribed} of ${message.of} clients subscribed after ${seconds} s`);
      }
      const index = this.waiters.findIndex((w) => w.matches(message));
      if (index >= 0) this.waiters.splice(index, 1)[0].resolve(message);
    });
  }

  static start(
    cleanups: Cleanups,
    onArrived: (report: Extract<AudienceReport, { type: 'arrived' }>) => void,
  ): Audience {
    const child = fork(join(__dirname, 'audience.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, ...TSX_ENV },
    });
    cleanups.unshift(async () => child.kill());
    return new Audience(child, onArrived);
  }

  /** Sends `command` and resolves with the report of `type` for its group. */
  ask<K extends AudienceReport['type']>(
    command: AudienceCommand,
    type: K,
    timeoutMs: number,
  ): Promise<Extract<AudienceReport, { type: K }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no "${type}" from the audience within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push({
        matches: (m) => m.type === type && 'group' in m && m.group === command.group,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m as Extract<AudienceReport, { type: K }>);
        },
      });
      this.child.send(command);
    });
  }
}
