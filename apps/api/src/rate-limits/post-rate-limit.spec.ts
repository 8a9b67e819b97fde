import { PostRateLimit } from './post-rate-limit';
import { RateLimitStore } from './rate-limit-store';

describe('PostRateLimit', () => {
  let store: RateLimitStore;
  beforeAll(async () => {
    store = await RateLimitStore.open(null);
  });

  it('allows a third of the minute at once, then refuses with RATE_LIMITED and when to retry', async () => {
    const limit = new PostRateLimit({ postsPerMinute: 60 }, store);
    expect(limit.burst).toBe(20);
    for (let i = 0; i < limit.burst; i++) await limit.take('ama');
    await expect(limit.take('ama')).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      details: { retryAfterSeconds: expect.any(Number) },
    });
  });

  it('keeps one person’s allowance apart from another’s', async () => {
    const limit = new PostRateLimit({ postsPerMinute: 3 }, store);
    await limit.take('ben');
    await expect(limit.take('ben')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await expect(limit.take('carla')).resolves.toBeUndefined();
  });

  it('gives a point back with refund', async () => {
    const limit = new PostRateLimit({ postsPerMinute: 3 }, store);
    await limit.take('dara');
    await limit.refund('dara');
    await expect(limit.take('dara')).resolves.toBeUndefined();
    await expect(limit.take('dara')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });
});
