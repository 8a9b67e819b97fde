import { RateLimiterRes } from 'rate-limiter-flexible';
import { createClient } from 'redis';
import { SignInThrottle } from '../src/auth/sign-in-throttle';
import { PostRateLimit } from '../src/rate-limits/post-rate-limit';
import { RateLimitStore } from '../src/rate-limits/rate-limit-store';
import { FailoverProxy } from './realtime-failover-proxy';
import { suiteNeedingRedis, TEST_REDIS_URL } from './scale-out-suite';

const suite = suiteNeedingRedis('rate-limit counters in Redis', { postgresServer: false });

/** A counter name of its own per run, so runs sharing a Redis never meet. */
const run = `test-${process.pid}-${Date.now()}`;

suite('rate-limit counters in Redis', () => {
  const stores: RateLimitStore[] = [];
  const open = async (url: string) => {
    const store = await RateLimitStore.open(url);
    stores.push(store);
    return store;
  };
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.onApplicationShutdown()));
  });

  const inRedis = async (key: string) => {
    const redis = createClient({ url: TEST_REDIS_URL });
    await redis.connect();
    try {
      return await redis.get(`glossa:rl:${key}`);
    } finally {
      await redis.close();
    }
  };

  it('counts one key the same in two stores, as two instances would', async () => {
    const [a, b] = [await open(TEST_REDIS_URL), await open(TEST_REDIS_URL)];
    expect(a.shared && b.shared).toBe(true);
    const options = { name: `${run}:shared`, points: 4, durationSeconds: 60 };
    const [onA, onB] = [a.counter(options), b.counter(options)];
    const taken: string[] = [];
    for (let i = 0; i < 6; i++) {
      await (i % 2 === 0 ? onA : onB).consume('key').then(
        () => taken.push('ok'),
        (refusal: unknown) => taken.push(refusal instanceof RateLimiterRes ? 'refused' : String(refusal)),
      );
    }
    expect(taken).toEqual(['ok', 'ok', 'ok', 'ok', 'refused', 'refused']);
    expect(await inRedis(`${run}:shared:key`)).toBe('6');
  });

  it('keeps limiting posts in memory when Redis goes away, instead of refusing every post', async () => {
    const proxy = new FailoverProxy([Number(new URL(TEST_REDIS_URL).port || 6379)]);
    const proxied = (await proxy.listen()).replace('http:', 'redis:');
    const store = await open(proxied);
    const posts = new PostRateLimit({ postsPerMinute: 6 }, store);
    await posts.take(`${run}:ama`);
    expect(await inRedis(`posts:${run}:ama`)).toBe('1');
    await proxy.close();
    // Redis is out of reach now: the insurance counter answers, and still has a limit.
    await expect(posts.take(`${run}:ben`)).resolves.toBeUndefined();
    await expect(posts.take(`${run}:ben`)).resolves.toBeUndefined();
    await expect(posts.take(`${run}:ben`)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(await inRedis(`posts:${run}:ben`)).toBeNull();
  });

  it('keeps throttling sign-ins in memory when Redis goes away, instead of refusing every sign-in', async () => {
    const proxy = new FailoverProxy([Number(new URL(TEST_REDIS_URL).port || 6379)]);
    const store = await open((await proxy.listen()).replace('http:', 'redis:'));
    const limits = { windowSeconds: 900, freeFailures: 2, accountMaxFailures: 4, addressMaxFailures: 100 };
    const throttle = new SignInThrottle({ signIn: limits }, store);
    const email = `${run}.x@test.glossa`;
    await throttle.failed(await throttle.begin(email, '2001:db8::1'));
    expect(await inRedis(`sign-in:account:${email}`)).toBe('1');
    await proxy.close();
    const other = await throttle.begin(`${run}.y@test.glossa`, '2001:db8::1');
    await throttle.succeeded(other);
    for (let i = 0; i < limits.freeFailures; i++) await throttle.failed(await throttle.begin(email, '2001:db8::1'));
    await expect(throttle.begin(email, '2001:db8::1')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });
});
