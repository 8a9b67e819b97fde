import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig, SignInLimits } from '../config/app-config';
import { RateLimitedError } from '../errors/glossa-error';
import { RateLimitStore } from '../rate-limits/rate-limit-store';
import { judgeSignIn, penaltyAfterFailure, refusalMessage, SignInRefusal } from './sign-in-throttle-rules';

/** An attempt let through to the password check; its account failure is already counted. */
export interface SignInAttempt {
  account: string;
  address: string;
  /** This attempt's number among the account's failures, should its password be wrong. */
  failures: number;
}

/**
 * Slows password guessing (docs/sign-in-throttling.md): per account, a few free failures, then a
 * doubling wait, then a lock for the window; per network address, a much higher ceiling after
 * which accounts that already failed get no retry from it. Only attempts whose password was
 * checked are counted (input refused by validation never reaches here). Counters live in Redis
 * with REDIS_URL, so every instance counts the same tries.
 */
@Injectable()
export class SignInThrottle {
  readonly limits: SignInLimits;
  private readonly accountFailures: RateLimiterAbstract;
  private readonly accountWait: RateLimiterAbstract;
  private readonly addressFailures: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'signIn'>, store: RateLimitStore) {
    this.limits = config.signIn;
    const window = this.limits.windowSeconds;
    this.accountFailures = store.counter({
      name: 'sign-in:account',
      points: this.limits.accountMaxFailures,
      durationSeconds: window,
    });
    // Only ever written by block(): a key present means "wait until it expires".
    this.accountWait = store.counter({ name: 'sign-in:wait', points: 1, durationSeconds: window });
    this.addressFailures = store.counter({
      name: 'sign-in:address',
      points: this.limits.addressMaxFailures,
      durationSeconds: window,
    });
  }

  /**
   * Refuses with RATE_LIMITED, before any password is checked, or counts the attempt as the
   * account's next failure (atomically, so parallel tries cannot all slip under the limit) and
   * lets it through; `succeeded` takes it back.
   */
  async begin(email: string, address: string): Promise<SignInAttempt> {
    const account = email.trim().toLowerCase();
    const [failures, wait, fromAddress] = await Promise.all([
      this.accountFailures.get(account),
      this.accountWait.get(account),
      this.addressFailures.get(address),
    ]);
    const verdict = judgeSignIn(this.limits, {
      accountFailures: failures?.consumedPoints ?? 0,
      accountMsLeft: failures?.msBeforeNext ?? 0,
      waitMsLeft: wait?.msBeforeNext ?? 0,
      addressFailures: fromAddress?.consumedPoints ?? 0,
      addressMsLeft: fromAddress?.msBeforeNext ?? 0,
    });
    if (!verdict.allowed) throw refusal(verdict.reason, verdict.retryAfterMs);
    const counted = await this.accountFailures.penalty(account);
    if (counted.consumedPoints > this.limits.accountMaxFailures) throw refusal('ACCOUNT_LOCKED', counted.msBeforeNext);
    return { account, address, failures: counted.consumedPoints };
  }

  /** The password was wrong: the address counts it, and the account pays what its count costs. */
  async failed(attempt: SignInAttempt): Promise<void> {
    const penalty = penaltyAfterFailure(this.limits, attempt.failures);
    await Promise.all([
      this.addressFailures.penalty(attempt.address),
      penalty.kind === 'lock' ? this.accountFailures.block(attempt.account, penalty.seconds) : null,
      penalty.kind === 'wait' ? this.accountWait.block(attempt.account, penalty.seconds) : null,
    ]);
  }

  /** The password was right: the account starts afresh (the address keeps its count). */
  async succeeded(attempt: SignInAttempt): Promise<void> {
    await Promise.all([this.accountFailures.delete(attempt.account), this.accountWait.delete(attempt.account)]);
  }
}

function refusal(reason: SignInRefusal, retryAfterMs: number): RateLimitedError {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new RateLimitedError(refusalMessage(reason, retryAfterSeconds), { retryAfterSeconds });
}
