import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createClient } from 'redis';
import { APP_CONFIG, AppConfig } from '../config/app-config';

type RedisClient = ReturnType<typeof createClient>;

/**
 * Asks the configured Redis (REDIS_URL) whether it answers, on a connection of its own so that a
 * readiness check never queues behind real-time traffic. Without REDIS_URL there is nothing to ask.
 */
@Injectable()
export class RedisProbe implements OnApplicationShutdown {
  private client: RedisClient | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get configured(): boolean {
    return this.config.redisUrl !== null;
  }

  /** True when Redis answers PING within `timeoutMs`. */
  async answers(timeoutMs: number): Promise<boolean> {
    if (!this.config.redisUrl) return true;
    try {
      const client = await this.connected(this.config.redisUrl, timeoutMs);
      const pong = await Promise.race([client.ping(), timeout(timeoutMs)]);
      return pong === 'PONG';
    } catch {
      return false;
    }
  }

  private async connected(url: string, timeoutMs: number): Promise<RedisClient> {
    if (!this.client) {
      const client = createClient({
        url,
        socket: { connectTimeout: timeoutMs, reconnectStrategy: () => Math.min(timeoutMs, 1000) },
      });
      // Failures show as a not-ready answer; without a listener an 'error' event would crash.
      client.on('error', () => undefined);
      this.client = client;
      void client.connect().catch(() => undefined);
    }
    return this.client;
  }

  async onApplicationShutdown(): Promise<void> {
    // Nothing waits on this connection: dropping it cannot lose work, and a quit could wait for a
    // Redis that is gone.
    this.client?.destroy();
    this.client = null;
  }
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref());
}
