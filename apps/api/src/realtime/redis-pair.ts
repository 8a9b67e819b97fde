import { Logger } from '@nestjs/common';
import { createClient } from 'redis';

export type RedisClient = ReturnType<typeof createClient>;

/** The publishing connection and its duplicate for subscribing, as the Redis adapter needs. */
export interface RedisPair {
  pub: RedisClient;
  sub: RedisClient;
  quit(): Promise<void>;
}

/**
 * Connects both clients. A Redis that cannot be reached at start-up stops the API (with REDIS_URL
 * set, running alone would silently split the service); once connected, a lost connection is retried
 * forever, and clients recover whatever it cost them from the event log.
 */
export async function connectRedisPair(url: string, logger: Logger, startupAttempts = 20): Promise<RedisPair> {
  let connected = false;
  let lastLoggedAt = 0;
  const pub = createClient({
    url,
    socket: {
      connectTimeout: 2000,
      reconnectStrategy: (retries: number) =>
        connected
          ? Math.min(100 * 2 ** retries, 2000)
          : retries >= startupAttempts
            ? new Error(`Redis at ${redact(url)} is unreachable`)
            : 250,
    },
  });
  const sub = pub.duplicate();
  for (const client of [pub, sub]) {
    // Without a listener an 'error' event would crash the process; log at most every 5 s.
    client.on('error', (error: Error) => {
      if (Date.now() - lastLoggedAt < 5000) return;
      lastLoggedAt = Date.now();
      logger.warn(`Redis: ${error.message}`);
    });
  }
  try {
    await Promise.all([pub.connect(), sub.connect()]);
  } catch (error) {
    for (const client of [pub, sub]) {
      try {
        client.destroy();
      } catch {
        // Already closed: nothing to release.
      }
    }
    throw new Error(`REDIS_URL is set but Redis at ${redact(url)} cannot be reached: ${(error as Error).message}`);
  }
  connected = true;
  return {
    pub,
    sub,
    async quit() {
      await Promise.allSettled([pub.close(), sub.close()]);
    },
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]+@/, '//$1:***@');
}
