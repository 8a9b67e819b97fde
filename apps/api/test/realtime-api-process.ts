import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const READY = 'GLOSSA_API_READY';
const here = __dirname;

/** A real API process (its own Node.js, its own sockets), for tests that kill one. */
export interface ApiProcess {
  name: string;
  url: string;
  port: number;
  child: ChildProcess;
  /** Resident memory, and JS heap plus external memory, after a forced GC (it runs with --expose-gc). */
  memory(): Promise<{ rss: number; heap: number }>;
  /** Sends `signal` and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** What the process wrote, for failure messages. */
  output(): string;
  /** Whether stop() was called (an exit without it is a crash). */
  readonly stopped: boolean;
}

/**
 * Starts the API from its TypeScript sources (scripts/swc-register.cjs) with `env` on top of this
 * process's environment, and resolves once it listens. PORT defaults to 0 (a free port).
 */
export function startApiProcess(name: string, env: Record<string, string>, timeoutMs = 45_000): Promise<ApiProcess> {
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--require', join(here, '../../../scripts/swc-register.cjs'), join(here, 'realtime-api-entry.ts')],
    {
      env: { ...process.env, NODE_OPTIONS: '', PORT: '0', SEED_DEMO: 'false', ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`API process ${name} did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`API process ${name} exited (${code ?? signal}) before listening:\n${output}`));
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = new RegExp(`${READY} (\\d+)`).exec(output);
      if (!match) return;
      clearTimeout(timer);
      const port = Number(match[1]);
      let stopped = false;
      resolve({
        name,
        get stopped() {
          return stopped;
        },
        url: `http://127.0.0.1:${port}`,
        port,
        child,
        output: () => output,
        memory: () =>
          new Promise<{ rss: number; heap: number }>((done, fail) => {
            const listener = (message: { type?: string; rss?: number; heap?: number }) => {
              if (message?.type !== 'memory') return;
              child.off('message', listener);
              done({ rss: message.rss ?? 0, heap: message.heap ?? 0 });
            };
            child.on('message', listener);
            if (!child.send({ type: 'memory' })) fail(new Error(`${name} has no IPC channel`));
          }),
        async stop(signal: NodeJS.Signals = 'SIGTERM') {
          stopped = true;
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
      });
    });
  });
}
