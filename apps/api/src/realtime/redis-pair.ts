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
  keepPublishFailuresHandled(pub, (error) => {
    if (Date.now() - lastLoggedAt < 5000) return;
    lastLoggedAt = Date.now();
    logger.warn(`Redis: a publish was lost (${error.message}); clients catch up from the event log`);
  });
  return {
    pub,
    sub,
    async quit() {
      await Promise.allSettled([pub.close(), sub.close()]);
    },
  };
}

/**
 * The Socket.IO Redis adapter publishes without awaiting: it drops the promise `publish()` returns.
 * A publish in flight when Redis goes away then rejects with nobody listening, and Node.js ends the
 * process on an unhandled rejection — an instance would die of a Redis outage it is meant to ride
 * out. Every publish promise gets a handler here; what a lost publish carried, clients recover from
 * the event log when they catch up.
 */
export function keepPublishFailuresHandled(client: RedisClient, onFailure: (error: Error) => void): void {
  const publish = client.publish.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const handled = (...args: unknown[]) => {
    const sent = publish(...args);
    sent.catch(onFailure);
    return sent;
  };
  Object.defineProperty(client, 'publish', { value: handled, configurable: true, writable: true });
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]+@/, '//$1:***@');
}
