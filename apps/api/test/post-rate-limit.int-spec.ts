import { annotate } from './annotation-factories';
import { addReading, Cast, registerCast, seminarFor } from './factories';
import { outcome, startTestApp, TestApp } from './test-app';

describe('the per-person post rate', () => {
  let api: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    // 3 posts a minute: a burst of one, then one every 20 s.
    api = await startTestApp({ postsPerMinute: 3 });
    cast = await registerCast(api);
  });
  afterAll(() => api.close());

  it('refuses a flood of annotations from one person with RATE_LIMITED, not from another', async () => {
    const seminar = await seminarFor(api, cast);
    const text = 'Human security puts people first.';
    const reading = { id: (await addReading(api, seminar.id, cast.OWNER, text)).id, text };
    expect(outcome(await annotate(api, cast.MEMBER, reading, 'Human security'))).toBe('OK');
    const flood = await annotate(api, cast.MEMBER, reading, 'people first');
    expect(outcome(flood)).toBe('RATE_LIMITED');
    expect(flood.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(outcome(await annotate(api, cast.MODERATOR, reading, 'people first'))).toBe('OK');
  });
});
