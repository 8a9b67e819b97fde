import type { SignInLimits } from '../config/app-config';
import { judgeSignIn, penaltyAfterFailure, SignInState } from './sign-in-throttle-rules';

const limits: SignInLimits = { windowSeconds: 900, freeFailures: 3, accountMaxFailures: 10, addressMaxFailures: 100 };
const clean: SignInState = {
  accountFailures: 0,
  accountMsLeft: 0,
  waitMsLeft: 0,
  addressFailures: 0,
  addressMsLeft: 0,
};

describe('penaltyAfterFailure', () => {
  it('costs nothing for the first free failures, then waits 1 s doubling, then locks for the window', () => {
    const costs = Array.from({ length: 11 }, (_, i) => penaltyAfterFailure(limits, i + 1));
    expect(costs).toEqual([
      { kind: 'none' },
      { kind: 'none' },
      { kind: 'wait', seconds: 1 },
      { kind: 'wait', seconds: 2 },
      { kind: 'wait', seconds: 4 },
      { kind: 'wait', seconds: 8 },
      { kind: 'wait', seconds: 16 },
      { kind: 'wait', seconds: 32 },
      { kind: 'wait', seconds: 64 },
      { kind: 'lock', seconds: 900 },
      { kind: 'lock', seconds: 900 },
    ]);
  });

  it('never waits longer than the window', () => {
    const long = { ...limits, windowSeconds: 60, freeFailures: 0, accountMaxFailures: 50 };
    expect(penaltyAfterFailure(long, 40)).toEqual({ kind: 'wait', seconds: 60 });
  });
});

describe('judgeSignIn', () => {
  it('lets a clean account through', () => {
    expect(judgeSignIn(limits, clean)).toEqual({ allowed: true });
  });

  it('refuses a locked account until its window passes', () => {
    expect(judgeSignIn(limits, { ...clean, accountFailures: 10, accountMsLeft: 5000 })).toEqual({
      allowed: false,
      reason: 'ACCOUNT_LOCKED',
      retryAfterMs: 5000,
    });
  });

  it('refuses an account that must still wait after its last failure', () => {
    expect(judgeSignIn(limits, { ...clean, accountFailures: 4, accountMsLeft: 9000, waitMsLeft: 1500 })).toEqual({
      allowed: false,
      reason: 'ACCOUNT_WAIT',
      retryAfterMs: 1500,
    });
  });

  it('lets an account with no failures through from an address over its ceiling', () => {
    expect(judgeSignIn(limits, { ...clean, addressFailures: 500, addressMsLeft: 60_000 })).toEqual({ allowed: true });
  });

  it('gives an account that failed no retry from an address over its ceiling, until either count expires', () => {
    const state = { ...clean, accountFailures: 1, accountMsLeft: 90_000, addressFailures: 100, addressMsLeft: 30_000 };
    expect(judgeSignIn(limits, state)).toEqual({ allowed: false, reason: 'ADDRESS_CEILING', retryAfterMs: 30_000 });
  });

  it('lets an account that failed retry from an address under its ceiling', () => {
    expect(judgeSignIn(limits, { ...clean, accountFailures: 2, addressFailures: 99 })).toEqual({ allowed: true });
  });
});
