/**
 * The API as the benchmarks run it: the real application (createApp, as main.ts builds it), in its
 * own Node.js process, configured from the environment. It reports its port on stdout and answers
 * two questions over IPC: how many SQL statements it has issued (StatementCounter) and how long it
 * spent on each GraphQL request since last asked (from the request's arrival to the last byte of
 * the response handed to the socket). Started by api-server.ts through scripts/swc-register.cjs.
 */
import 'reflect-metadata';
import type { NextFunction, Request, Response } from 'express';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createApp } from '../../apps/api/src/bootstrap';
import { stopGracefullyOnSignals } from '../../apps/api/src/http/graceful-stop';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { StatementCounter } from '../../apps/api/src/database/statement-counter';

export const READY = 'GLOSSA_BENCH_API_READY';

export interface StatsMessage {
  type: 'stats';
  statements: number;
  /** Server time of each GraphQL request since the last `stats` (ms). */
  requestMs: number[];
  /** CPU time the process has used (user + system, ms), and of it in the kernel (system, ms). */
  cpuMs: number;
  systemMs: number;
}

async function main(): Promise<void> {
  const config = loadConfig();
  // Its log goes to stderr, which the benchmark shows; stdout carries the ready line.
  const app = await createApp(config, { logger: ['error', 'warn'], logDestination: process.stderr });
  let requestMs: number[] = [];
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.path !== '/graphql') return next();
    const started = performance.now();
    res.once('finish', () => requestMs.push(performance.now() - started));
    next();
  });
  stopGracefullyOnSignals(app, config.shutdownGraceSeconds);
  await app.listen(config.port, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  process.on('message', (message: { type?: string }) => {
    if (message?.type !== 'stats') return;
    const cpu = process.cpuUsage();
    const reply: StatsMessage = {
      type: 'stats',
      statements: StatementCounter.total,
      requestMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      systemMs: cpu.system / 1000,
    };
    requestMs = [];
    process.send?.(reply);
  });
  process.on('SIGTERM', () => {
    void app.close().then(() => process.exit(0));
  });
  process.stdout.write(`${READY} ${port}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
