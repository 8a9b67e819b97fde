import type { SignInLimits } from '../src/config/app-config';
import { registerUser, TEST_PASSWORD, uniqueEmail } from './factories';
import { sleep } from './realtime-sockets';
import { freshAddress, signInFrom, wronglyTypedInputs } from './sign-in-attempts';
import { outcome, startTestApp, TestApp } from './test-app';

/** Small limits so the whole sequence fits in a test: waits of 1 s and 2 s, a lock at 5. */
const LIMITS: SignInLimits = { windowSeconds: 900, freeFailures: 3, accountMaxFailures: 5, addressMaxFailures: 12 };

describe('sign-in throttling', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ signIn: LIMITS });
  });
  afterAll(() => api.close());

  const wrong = (address: string, email: string, i = 0) =>
    signInFrom(api.url, address, { email, password: `wrong guess ${i}!` });
  const right = (address: string, email: string) => signInFrom(api.url, address, { email, password: TEST_PASSWORD });

  it('does not count a wrongly typed sign-in as a failure', async () => {
    const address = freshAddress();
    const user = await registerUser(api);
    const inputs = wronglyTypedInputs(user.email);
    for (let i = 0; i < LIMITS.addressMaxFailures + LIMITS.accountMaxFailures; i++) {
      expect(outcome(await signInFrom(api.url, address, inputs[i % inputs.length]))).toBe('BAD_USER_INPUT');
    }
    // Had they counted, the account would be locked, and the address over its ceiling would
    // refuse the retry after one real failure.
    expect(outcome(await wrong(address, user.email))).toBe('UNAUTHENTICATED');
    const ok = await right(address, user.email);
    expect(outcome(ok)).toBe('OK');
    expect(ok.data?.signIn.viewer.id).toBe(user.id);
  });

  it('slows repeated failures against one account, then refuses it even with the right password', async () => {
    const address = freshAddress();
    const user = await registerUser(api);
    for (let i = 0; i < LIMITS.freeFailures; i++)
      expect(outcome(await wrong(address, user.email, i))).toBe('UNAUTHENTICATED');
    const waiting = await right(address, user.email);
    expect(outcome(waiting)).toBe('RATE_LIMITED');
    expect(waiting.errors?.[0].extensions?.retryAfterSeconds).toBe(1);
    await sleep(1100);
    expect(outcome(await wrong(address, user.email, 3))).toBe('UNAUTHENTICATED');
    const longer = await right(address, user.email);
    expect(outcome(longer)).toBe('RATE_LIMITED');
    expect(longer.errors?.[0].extensions?.retryAfterSeconds).toBe(2);
    await sleep(2100);
    expect(outcome(await wrong(address, user.email, 4))).toBe('UNAUTHENTICATED');
    await sleep(2100);
    const locked = await right(address, user.email);
    expect(outcome(locked)).toBe('RATE_LIMITED');
    expect(locked.errors?.[0].message).toMatch(/Too many failed sign-ins for this account/);
    expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(LIMITS.windowSeconds - 10);
    // The lock is the account's, wherever the next try comes from.
    expect(outcome(await right(freshAddress(), user.email))).toBe('RATE_LIMITED');
  }, 20_000);

  it('lets another account sign in with its right password from an address that failed many times against one', async () => {
    const address = freshAddress();
    const [target, other] = [await registerUser(api), await registerUser(api)];
    const outcomes = new Set<string>();
    for (let i = 0; i < 3 * LIMITS.addressMaxFailures; i++)
      outcomes.add(outcome(await wrong(address, target.email, i)));
    expect([...outcomes].sort()).toEqual(['RATE_LIMITED', 'UNAUTHENTICATED']);
    const ok = await right(address, other.email);
    expect(outcome(ok)).toBe('OK');
    expect(ok.data?.signIn.viewer.id).toBe(other.id);
  });

  it('lets an account that never failed sign in from an address over its ceiling', async () => {
    const address = freshAddress();
    const user = await registerUser(api);
    for (let i = 0; i < LIMITS.addressMaxFailures; i++) {
      expect(outcome(await wrong(address, uniqueEmail('sprayed'), i))).toBe('UNAUTHENTICATED');
    }
    expect(outcome(await right(address, user.email))).toBe('OK');
  });

  it('gives an account that failed no retry from an address over its ceiling, but does from another address', async () => {
    const address = freshAddress();
    const user = await registerUser(api);
    for (let i = 0; i < LIMITS.addressMaxFailures; i++) await wrong(address, uniqueEmail('sprayed'), i);
    expect(outcome(await wrong(address, user.email))).toBe('UNAUTHENTICATED');
    const refused = await right(address, user.email);
    expect(outcome(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0].message).toMatch(/from your network/);
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(outcome(await right(freshAddress(), user.email))).toBe('OK');
  });

  it('counts parallel guesses at one account atomically, so no more than the limit get checked', async () => {
    const address = freshAddress();
    const user = await registerUser(api);
    const results = await Promise.all(
      Array.from({ length: 4 * LIMITS.accountMaxFailures }, (_, i) => wrong(address, user.email, i)),
    );
    const checked = results.filter((result) => outcome(result) === 'UNAUTHENTICATED').length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(LIMITS.accountMaxFailures);
  });
});
