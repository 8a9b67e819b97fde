import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { freePort, waitFor } from './own-process';

const REDIS_SERVER = '/usr/bin/redis-server';

/**
 * A Redis of the test's own on a free port, keeping nothing on disk, so a test can stop and start it
 * under live traffic without touching the Redis other tests share.
 */
export class OwnRedis {
  private child: ChildProcess | null = null;
  private constructor(readonly port: number) {}

  static available(): boolean {
    return existsSync(REDIS_SERVER);
  }

  static async start(): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort());
    await redis.resume();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async resume(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
    this.child = spawn(REDIS_SERVER, args, { stdio: 'ignore' });
    await waitFor(() => this.answers(), `Redis on port ${this.port}`, 15_000);
  }

  /** Stops Redis at once (SIGKILL): every connection to it drops, as when its host goes away. */
  async halt(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }

  private answers(): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = connect(this.port, '127.0.0.1');
      socket.setTimeout(1000, () => (socket.destroy(), resolve(false)));
      socket.on('error', () => resolve(false));
      socket.on('connect', () => socket.write('PING\r\n'));
      socket.on('data', (data) => (socket.destroy(), resolve(String(data).startsWith('+PONG'))));
    });
  }
}
