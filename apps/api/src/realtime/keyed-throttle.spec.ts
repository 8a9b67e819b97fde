import { KeyedThrottle } from './keyed-throttle';

describe('KeyedThrottle', () => {
  it('lets one action per key through each interval', () => {
    let now = 0;
    const throttle = new KeyedThrottle(1000, () => now);
    expect([throttle.allow('a'), throttle.allow('a'), throttle.allow('b')]).toEqual([true, false, true]);
    now = 999;
    expect(throttle.allow('a')).toBe(false);
    now = 1000;
    expect(throttle.allow('a')).toBe(true);
  });
});
