/**
 * One API process, started exactly as main.ts starts it (configuration from the environment), that
 * reports its port on stdout and, over IPC, its memory. Run through scripts/swc-register.cjs by
 * realtime-api-process.ts (scale-out test, fan-out benchmark).
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/app-config';
import { stopGracefullyOnSignals } from '../src/http/graceful-stop';

export const READY = 'GLOSSA_API_READY';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config, { logger: ['error', 'warn'] });
  stopGracefullyOnSignals(app, config.shutdownGraceSeconds);
  await app.listen(config.port, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  process.on('message', (message: { type?: string }) => {
    if (message?.type !== 'memory') return;
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed, external } = process.memoryUsage();
    process.send?.({ type: 'memory', rss, heap: heapUsed + external });
  });
  process.stdout.write(`${READY} ${port}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
