import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { StatsMessage } from './api-process';

const READY = 'GLOSSA_BENCH_API_READY';

/** As `npm start` and the Dockerfile run the API. */
export const PRODUCTION_NODE_FLAGS = '--max-semi-space-size=64';

/** The API process under test, with the GraphQL endpoint and the statistics it reports. */
export interface ApiServer {
  url: string;
  stats(): Promise<StatsMessage>;
  stop(): Promise<void>;
}

/**
 * Starts the real API from its sources in a child process (its own event loop, as in production:
 * the benchmark's clients do not share it), against `databaseUrl`, and waits until it listens.
 */
export function startApi(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the API process there (for finding where time goes).
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      // The V8 flags production starts with (package.json `start`, Dockerfile); BENCH_API_NODE_FLAGS
      // replaces them (e.g. "--trace-gc", or "" for V8's defaults).
      ...(process.env.BENCH_API_NODE_FLAGS ?? PRODUCTION_NODE_FLAGS).split(' ').filter(Boolean),
      '--require',
      join(__dirname, '../../scripts/swc-register.cjs'),
      join(__dirname, 'api-process.ts'),
    ],
    {
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        SESSION_SECRET: 'benchmark-session-secret-0123456789abcdef',
        SEED_DEMO: 'false',
        PORT: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Compiling and starting it took over 60 s at a load average of 25 on 2 cores, ending a run before
  // any figure; BENCH_API_START_TIMEOUT_MS changes the 3 minutes allowed.
  const startTimeout = Number(process.env.BENCH_API_START_TIMEOUT_MS ?? 180_000);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The API did not start within ${startTimeout / 1000} s:\n${output}`));
    }, startTimeout);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The API exited (${code ?? signal}) before listening:\n${output}`));
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stderr.write(chunk);
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (process.env.BENCH_API_STDOUT) process.stdout.write(chunk);
      const match = new RegExp(`${READY} (\\d+)`).exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: `http://127.0.0.1:${match[1]}`,
        stats: () =>
          new Promise<StatsMessage>((done) => {
            child.once('message', (message: StatsMessage) => done(message));
            child.send({ type: 'stats' });
          }),
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await exited;
          clearTimeout(timeout);
        },
      });
    });
  });
}
