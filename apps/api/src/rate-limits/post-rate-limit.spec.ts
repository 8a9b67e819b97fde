import { PostRateLimit } from './post-rate-limit';

describe('PostRateLimit', () => {
  it('allows a burst, then refuses with RATE_LIMITED until tokens refill', () => {
    const limit = new PostRateLimit({ postsPerMinute: 60 });
    const t0 = 1_000_000;
    for (let i = 0; i < limit.burst; i++) limit.take('ama', t0);
    expect(() => limit.take('ama', t0)).toThrow(expect.objectContaining({ code: 'RATE_LIMITED' }));
    expect(() => limit.take('ama', t0 + 1000)).not.toThrow();
  });

  it('keeps one person’s bucket apart from another’s', () => {
    const limit = new PostRateLimit({ postsPerMinute: 60 });
    for (let i = 0; i < limit.burst; i++) limit.take('ama', 0);
    expect(() => limit.take('ben', 0)).not.toThrow();
  });
});
