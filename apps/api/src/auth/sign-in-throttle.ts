import { Injectable } from '@nestjs/common';
import { RateLimitedError } from '../errors/glossa-error';

interface Window {
  failures: number;
  resetAt: number;
}

/** Failed sign-ins allowed per account, and per network address, in each window. */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 20, windowMs: 15 * 60_000 };

/**
 * Slows password guessing: after too many failed sign-ins for one account, or from one address,
 * further attempts are refused until the window passes. A success clears the account's count.
 * Kept in memory per instance; with several instances the limit applies on each.
 */
@Injectable()
export class SignInThrottle {
  private readonly windows = new Map<string, Window>();

  assertAllowed(email: string, address: string, now = Date.now()): void {
    const account = this.current(`account:${email.toLowerCase()}`, now);
    const network = this.current(`address:${address}`, now);
    const blocked = [
      account && account.failures >= SIGN_IN_LIMITS.perAccount ? account : null,
      network && network.failures >= SIGN_IN_LIMITS.perAddress ? network : null,
    ].filter((w): w is Window => w !== null);
    if (blocked.length > 0) {
      const retryAfterSeconds = Math.ceil((Math.max(...blocked.map((w) => w.resetAt)) - now) / 1000);
      throw new RateLimitedError(
        `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
        {
          retryAfterSeconds,
        },
      );
    }
  }

  recordFailure(email: string, address: string, now = Date.now()): void {
    if (this.windows.size > 50_000) this.forgetExpired(now);
    for (const key of [`account:${email.toLowerCase()}`, `address:${address}`]) {
      const window = this.current(key, now) ?? { failures: 0, resetAt: now + SIGN_IN_LIMITS.windowMs };
      window.failures += 1;
      this.windows.set(key, window);
    }
  }

  recordSuccess(email: string): void {
    this.windows.delete(`account:${email.toLowerCase()}`);
  }

  private forgetExpired(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }

  private current(key: string, now: number): Window | null {
    const window = this.windows.get(key);
    if (!window) return null;
    if (window.resetAt <= now) {
      this.windows.delete(key);
      return null;
    }
    return window;
  }
}
