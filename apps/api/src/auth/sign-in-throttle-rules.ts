import type { SignInLimits } from '../config/app-config';

/** What the counters say about one sign-in attempt, read before its password is checked. */
export interface SignInState {
  /** Failed (or still running) sign-ins for this account in its window. */
  accountFailures: number;
  accountMsLeft: number;
  /** Time left before the account may be tried again after its last failure (0: none). */
  waitMsLeft: number;
  /** Failed sign-ins from this network address, over all accounts, in its window. */
  addressFailures: number;
  addressMsLeft: number;
}

export type SignInRefusal = 'ACCOUNT_WAIT' | 'ACCOUNT_LOCKED' | 'ADDRESS_CEILING';

export type SignInVerdict = { allowed: true } | { allowed: false; reason: SignInRefusal; retryAfterMs: number };

/**
 * Whether an attempt gets its password checked (docs/sign-in-throttling.md). The limits that refuse
 * a correct password belong to the account being guessed; the address ceiling only takes away
 * retries on accounts that already failed, so an address shared by a campus cannot be used to lock
 * out the people behind it who know their passwords.
 */
export function judgeSignIn(limits: SignInLimits, state: SignInState): SignInVerdict {
  if (state.accountFailures >= limits.accountMaxFailures)
    return { allowed: false, reason: 'ACCOUNT_LOCKED', retryAfterMs: state.accountMsLeft };
  if (state.waitMsLeft > 0) return { allowed: false, reason: 'ACCOUNT_WAIT', retryAfterMs: state.waitMsLeft };
  if (state.addressFailures >= limits.addressMaxFailures && state.accountFailures > 0)
    return {
      allowed: false,
      reason: 'ADDRESS_CEILING',
      // Lifted by whichever comes first: the account's failures expire, or the address's.
      retryAfterMs: Math.min(state.accountMsLeft, state.addressMsLeft),
    };
  return { allowed: true };
}

/**
 * What the account's n-th failure in a row costs: nothing for the first `freeFailures`, then a
 * wait of 1 s doubling with each failure, and at `accountMaxFailures` a lock for the whole window.
 */
export function penaltyAfterFailure(
  limits: SignInLimits,
  failures: number,
): { kind: 'none' } | { kind: 'wait'; seconds: number } | { kind: 'lock'; seconds: number } {
  if (failures >= limits.accountMaxFailures) return { kind: 'lock', seconds: limits.windowSeconds };
  if (failures < limits.freeFailures) return { kind: 'none' };
  return { kind: 'wait', seconds: Math.min(2 ** (failures - limits.freeFailures), limits.windowSeconds) };
}

/** The refusal's message, in words a person can act on. */
export function refusalMessage(reason: SignInRefusal, retryAfterSeconds: number): string {
  const when =
    retryAfterSeconds < 120 ? `${retryAfterSeconds} seconds` : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
  switch (reason) {
    case 'ACCOUNT_WAIT':
      return `Several wrong passwords were tried for this account: wait ${when} before trying again.`;
    case 'ACCOUNT_LOCKED':
      return `Too many failed sign-ins for this account. Try again in ${when}.`;
    case 'ADDRESS_CEILING':
      return `Many failed sign-ins have come from your network, and this account had one too. Try again in ${when}.`;
  }
}
