import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RateLimitedError } from '../errors/glossa-error';
import { RateLimitStore } from './rate-limit-store';

/** The allowance is counted in windows of a third of a minute, each allowing a third of it. */
export const POST_WINDOW_SECONDS = 20;

/**
 * Posts per person (POSTS_PER_MINUTE): generous for a seminar in full flow, but a script flooding a
 * reading is stopped. At most a third of the minute's allowance in any 20-second window, so a burst
 * cannot spend the whole minute at once. Counted in Redis when clustered, so the allowance is one
 * per person, not one per instance.
 */
@Injectable()
export class PostRateLimit {
  /** Posts allowed in one window. */
  readonly burst: number;
  private readonly counter: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'postsPerMinute'>, store: RateLimitStore) {
    this.burst = Math.max(1, Math.ceil(config.postsPerMinute / 3));
    this.counter = store.counter({ name: 'posts', points: this.burst, durationSeconds: POST_WINDOW_SECONDS });
  }

  async take(userId: string): Promise<void> {
    try {
      await this.counter.consume(userId);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      throw new RateLimitedError(`You are posting very fast; try again in ${retryAfterSeconds} s.`, {
        retryAfterSeconds,
      });
    }
  }

  /**
   * Gives back one post's point: for posts no person made (the demo seeder), so they neither stop
   * halfway nor spend the allowance of someone who signs in right after.
   */
  async refund(userId: string): Promise<void> {
    await this.counter.reward(userId, 1);
  }
}
