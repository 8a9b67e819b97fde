import { currentRequestId, requestIdFrom, runWithRequestId } from './request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it('keeps a well-formed incoming x-request-id', () => {
    expect(requestIdFrom('req-7f3a.b:42')).toBe('req-7f3a.b:42');
  });

  it('replaces a missing, repeated, too long or unsafe x-request-id with a new UUID', () => {
    for (const header of [undefined, '', ['a', 'b'], 'x'.repeat(129), 'a b', 'a\nb', '"><script>', '-leading']) {
      expect(requestIdFrom(header)).toMatch(UUID);
    }
  });

  it('carries the id through asynchronous work started under it', async () => {
    const seen = await runWithRequestId('job-1', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return currentRequestId();
    });
    expect(seen).toBe('job-1');
    expect(currentRequestId()).toBeUndefined();
  });
});
