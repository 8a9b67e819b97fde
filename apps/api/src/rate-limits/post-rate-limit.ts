import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RateLimitedError } from '../errors/glossa-error';

/**
 * A token bucket per person for creating posts (POSTS_PER_MINUTE): generous for a seminar in full
 * flow, but a script flooding a reading is stopped. Kept per API instance.
 */
@Injectable()
export class PostRateLimit {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  /** Up to a third of a minute's allowance at once. */
  readonly burst: number;

  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'postsPerMinute'>) {
    this.burst = Math.max(1, Math.ceil(config.postsPerMinute / 3));
  }

  take(userId: string, now = Date.now()): void {
    const refillPerMs = this.config.postsPerMinute / 60_000;
    const bucket = this.buckets.get(userId) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * refillPerMs);
    bucket.at = now;
    if (bucket.tokens < 1) {
      const retryAfterSeconds = Math.ceil((1 - bucket.tokens) / refillPerMs / 1000);
      this.buckets.set(userId, bucket);
      throw new RateLimitedError(`You are posting very fast; try again in ${retryAfterSeconds} s.`, {
        retryAfterSeconds,
      });
    }
    bucket.tokens -= 1;
    this.buckets.set(userId, bucket);
    if (this.buckets.size > 100_000) this.buckets.clear();
  }
}
