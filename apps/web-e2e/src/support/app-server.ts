import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { API_MAIN, WEB_INDEX, WORKSPACE_ROOT } from './workspace';

export interface AppServer {
  baseUrl: string;
  process: ChildProcess;
  dataDir: string;
}

/**
 * Start-up includes creating the embedded PostgreSQL, migrating and seeding the demo seminar, and
 * a run starts one app per Jest worker at once; GLOSSA_E2E_START_TIMEOUT_MS allows more on a
 * crowded machine.
 */
const START_TIMEOUT_MS = Number(process.env['GLOSSA_E2E_START_TIMEOUT_MS'] ?? 180_000);

export function missingBuildMessage(): string | null {
  const missing = [API_MAIN, WEB_INDEX].filter((file) => !existsSync(file));
  if (missing.length === 0) return null;
  return (
    `The built app is missing (${missing.map((f) => f.replace(WORKSPACE_ROOT + '/', '')).join(', ')}).\n` +
    'Build it first: `npx nx run-many -t build -p api web` (or run `npx nx e2e web-e2e`, which builds).'
  );
}

/**
 * Starts the built app exactly as it is run in production without DATABASE_URL: `node
 * dist/apps/api/main.js` with a fresh data directory (so a fresh embedded database and demo seed) on
 * a free port, and waits until /health answers.
 */
export async function startAppServer(): Promise<AppServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'glossa-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, GLOSSA_DATA_DIR: dataDir, PORT: String(port) };
  // The run must not reach a developer's own database or Redis.
  delete env['DATABASE_URL'];
  delete env['REDIS_URL'];
  // The reading-room tests seed a few hundred annotations through the API to measure the page with
  // them; the production rate limit (60 posts a minute per person) is the API tests' business.
  env['POSTS_PER_MINUTE'] = '6000';
  // Readings from web addresses are fetched from a server the test starts on this machine; loopback
  // is refused by default (docs/documents.md, "From a web page"), private ranges stay refused.
  env['DOCUMENT_URL_ALLOW_LOOPBACK'] = 'true';
  const child = spawn(process.execPath, [API_MAIN], { cwd: WORKSPACE_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });

  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) => reject(new Error(`The app exited during start-up (code ${code}, signal ${signal}).\n${output}`))),
  );
  try {
    await Promise.race([waitForHealth(baseUrl, START_TIMEOUT_MS), exited]);
  } catch (error) {
    child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not start the app for the browser tests: ${reason}\n--- app output ---\n${output}`);
  }
  // Keep draining the pipes so a chatty server never blocks on a full buffer.
  exited.catch(() => undefined);
  return { baseUrl, process: child, dataDir };
}

export async function stopAppServer(server: AppServer): Promise<void> {
  const { process: child } = server;
  if (child.exitCode === null && child.signalCode === null) {
    const gone = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await gone;
    clearTimeout(timer);
  }
  await rm(server.dataDir, { recursive: true, force: true });
}

async function waitForHealth(baseUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${baseUrl}/health`);
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`GET /health did not answer 200 within ${timeoutMs / 1000} s (last: ${last})`);
}
