import { annotate } from './annotation-factories';
import { addReading, createSeminar, joinAs, registerUser, TEST_PASSWORD, uniqueEmail } from './factories';
import { ApiProcess, startApiProcess } from './realtime-api-process';
import { sleep } from './realtime-sockets';
import { suiteNeedingRedis, TEST_REDIS_URL } from './scale-out-suite';
import { freshAddress, signInFrom, wronglyTypedInputs } from './sign-in-attempts';
import { graphql, outcome, TestApp } from './test-app';

const LIMITS = { freeFailures: 3, accountMaxFailures: 5, addressMaxFailures: 12 };

const suite = suiteNeedingRedis('sign-in and post limits across API instances', { postgresServer: true });

suite('sign-in and post limits across API instances', () => {
  let a: ApiProcess;
  let b: ApiProcess;
  /** GraphQL straight to one instance; the factories need nothing but `gql`. */
  const through = (instance: ApiProcess) =>
    ({ gql: (query, variables, token) => graphql(`${instance.url}/graphql`, query, variables, token) }) as TestApp;
  /** The instance for the i-th try of an attacker alternating between them. */
  const alternate = (i: number) => (i % 2 === 0 ? a : b);

  beforeAll(async () => {
    const env = {
      DATABASE_URL: process.env.GLOSSA_TEST_DATABASE_URL ?? '',
      REDIS_URL: TEST_REDIS_URL,
      SESSION_SECRET: 'sign-in-scale-out-secret-0123456789abcdef',
      DB_POOL_SIZE: '4',
      SIGN_IN_FREE_FAILURES: String(LIMITS.freeFailures),
      SIGN_IN_ACCOUNT_MAX_FAILURES: String(LIMITS.accountMaxFailures),
      SIGN_IN_ADDRESS_MAX_FAILURES: String(LIMITS.addressMaxFailures),
      // 3 a minute: one post per 20-second window.
      POSTS_PER_MINUTE: '3',
    };
    [a, b] = await Promise.all([startApiProcess('A', env), startApiProcess('B', env)]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('gives an attacker alternating between instances no more tries at an account than against one', async () => {
    const address = freshAddress();
    const target = await registerUser(through(a));
    let checked = 0;
    // A patient attacker: waits out every short delay, stops at the lock.
    for (let i = 0; i < 40; i++) {
      const result = await signInFrom(alternate(i).url, address, { email: target.email, password: `guess ${i}!` });
      if (outcome(result) === 'UNAUTHENTICATED') {
        checked += 1;
        continue;
      }
      expect(outcome(result)).toBe('RATE_LIMITED');
      const retryAfterSeconds = Number(result.errors?.[0].extensions?.retryAfterSeconds);
      if (retryAfterSeconds > 60) break;
      await sleep(retryAfterSeconds * 1000 + 100);
    }
    expect(checked).toBe(LIMITS.accountMaxFailures);
    for (const instance of [a, b]) {
      const locked = await signInFrom(instance.url, address, { email: target.email, password: TEST_PASSWORD });
      expect(outcome(locked)).toBe('RATE_LIMITED');
    }
  }, 30_000);

  it('lets another account sign in on either instance from the address that attacked one', async () => {
    const address = freshAddress();
    const [target, other] = [await registerUser(through(a)), await registerUser(through(b))];
    for (let i = 0; i < 3 * LIMITS.addressMaxFailures; i++) {
      await signInFrom(alternate(i).url, address, { email: target.email, password: `guess ${i}!` });
    }
    for (const instance of [a, b]) {
      const ok = await signInFrom(instance.url, address, { email: other.email, password: TEST_PASSWORD });
      expect(outcome(ok)).toBe('OK');
      expect(ok.data?.signIn.viewer.id).toBe(other.id);
    }
  });

  it('does not count wrongly typed sign-ins on either instance', async () => {
    const address = freshAddress();
    const user = await registerUser(through(a));
    const inputs = wronglyTypedInputs(user.email);
    for (let i = 0; i < LIMITS.addressMaxFailures + LIMITS.accountMaxFailures; i++) {
      expect(outcome(await signInFrom(alternate(i).url, address, inputs[i % inputs.length]))).toBe('BAD_USER_INPUT');
    }
    expect(outcome(await signInFrom(a.url, address, { email: user.email, password: 'one wrong guess' }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(outcome(await signInFrom(b.url, address, { email: user.email, password: TEST_PASSWORD }))).toBe('OK');
  });

  it('shares the address ceiling between instances', async () => {
    const address = freshAddress();
    const user = await registerUser(through(a));
    for (let i = 0; i < LIMITS.addressMaxFailures; i++) {
      const sprayed = { email: uniqueEmail('sprayed'), password: 'Summer2026!' };
      expect(outcome(await signInFrom(alternate(i).url, address, sprayed))).toBe('UNAUTHENTICATED');
    }
    expect(outcome(await signInFrom(a.url, address, { email: user.email, password: 'one wrong guess' }))).toBe(
      'UNAUTHENTICATED',
    );
    const refused = await signInFrom(b.url, address, { email: user.email, password: TEST_PASSWORD });
    expect(outcome(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0].message).toMatch(/from your network/);
    expect(outcome(await signInFrom(b.url, freshAddress(), { email: user.email, password: TEST_PASSWORD }))).toBe('OK');
  });

  it('counts one post rate per person across instances', async () => {
    const [owner, member] = [await registerUser(through(a), 'Owner'), await registerUser(through(a), 'Member')];
    const seminar = await createSeminar(through(a), owner);
    await joinAs(through(a), seminar, owner, member, 'MEMBER');
    const text = 'Human security puts people first.';
    const reading = { id: (await addReading(through(a), seminar.id, owner, text)).id, text };
    expect(outcome(await annotate(through(a), member, reading, 'Human security'))).toBe('OK');
    const onB = await annotate(through(b), member, reading, 'people first');
    expect(outcome(onB)).toBe('RATE_LIMITED');
    expect(onB.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(outcome(await annotate(through(b), owner, reading, 'people first'))).toBe('OK');
  });
});
