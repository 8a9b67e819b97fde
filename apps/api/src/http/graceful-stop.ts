import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { RequestDrain } from './request-drain';

/** How long an instance may take to stop after SIGTERM or SIGINT, whatever its hooks are doing. */
export const STOP_DEADLINE_SECONDS = 10;

/**
 * Stops the instance on SIGTERM or SIGINT in the order that loses nothing (docs/operations.md,
 * "Graceful shutdown"): stop taking connections and let the requests in flight finish, commit and
 * emit their events while this instance's sockets are still open (a request still unanswered after
 * `graceSeconds` is cut); then close the application — sockets told to reconnect elsewhere, the job
 * worker stopped between jobs, the database last — and exit. If that has not happened within
 * STOP_DEADLINE_SECONDS the process ends anyway: a hung hook must not leave an instance half alive.
 */
export function stopGracefullyOnSignals(app: NestExpressApplication, graceSeconds: number): void {
  const logger = new Logger('Shutdown');
  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      logger.error(`Glossa did not stop within ${STOP_DEADLINE_SECONDS} s of ${signal}; exiting now`);
      process.exit(1);
    }, STOP_DEADLINE_SECONDS * 1000).unref();
    logger.log(`${signal}: finishing the requests in flight, then stopping`);
    try {
      await app.get(RequestDrain).drain(app.getHttpServer(), graceSeconds * 1000);
      await app.close();
      process.exit(0);
    } catch (error) {
      logger.error(`Stopping failed: ${String(error)}`);
      process.exit(1);
    }
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void stop(signal));
}
