import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { createClient } from 'redis';

type RedisClient = ReturnType<typeof createClient>;

export interface CounterOptions {
  /** Part of every key, so counters of different limits never meet (`glossa:rl:<name>:<key>`). */
  name: string;
  /** What the counter allows in one window. */
  points: number;
  /** The window, in whole seconds, from a key's first point. */
  durationSeconds: number;
}

/**
 * Where rate-limit counters live. With REDIS_URL they are in Redis, so every API instance counts
 * the same tries; without it, in this process's memory. A Redis lost at run time is not a reason to
 * refuse every sign-in or post: each Redis counter has an in-memory insurance limiter that counts
 * per instance until Redis answers again (commands fail at once rather than queue: the offline
 * queue is off).
 */
export class RateLimitStore implements OnApplicationShutdown {
  private constructor(private readonly client: RedisClient | null) {}

  /** Without a URL: counters in memory. With one: connects first, and stops the API if it cannot. */
  static async open(redisUrl: string | null, logger = new Logger('RateLimits'), startupAttempts = 20) {
    if (!redisUrl) return new RateLimitStore(null);
    let connected = false;
    let lastLoggedAt = 0;
    const client = createClient({
      url: redisUrl,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 2000,
        // Give up only before the first connection (start-up fails); after it, retry forever.
        reconnectStrategy: (retries: number) =>
          connected || retries < startupAttempts ? Math.min(100 * 2 ** retries, 2000) : new Error('unreachable'),
      },
    });
    client.on('error', (error: Error) => {
      // Without a listener an 'error' event would crash the process; log at most every 5 s.
      if (Date.now() - lastLoggedAt < 5000) return;
      lastLoggedAt = Date.now();
      logger.warn(`Redis (rate limits, counting in memory meanwhile): ${error.message}`);
    });
    try {
      await client.connect();
    } catch (error) {
      client.destroy();
      throw new Error(
        `REDIS_URL is set but Redis at ${new URL(redisUrl).host} cannot be reached for rate limits: ${(error as Error).message}`,
      );
    }
    connected = true;
    return new RateLimitStore(client);
  }

  /** Whether counters are shared through Redis (false: this instance's memory only). */
  get shared(): boolean {
    return this.client !== null;
  }

  counter({ name, points, durationSeconds }: CounterOptions): RateLimiterAbstract {
    const keyPrefix = `glossa:rl:${name}`;
    const memory = new RateLimiterMemory({ keyPrefix, points, duration: durationSeconds });
    if (!this.client) return memory;
    return new RateLimiterRedis({
      storeClient: this.client,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      keyPrefix,
      points,
      duration: durationSeconds,
      insuranceLimiter: memory,
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.client?.isOpen) return;
    await this.client.close().catch(() => this.client?.destroy());
  }
}
