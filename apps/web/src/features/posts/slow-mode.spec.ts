import { formatWait } from './slow-mode';

describe('formatWait', () => {
  it('says short waits in seconds and longer ones in minutes', () => {
    expect(formatWait(0)).toBe('0 s');
    expect(formatWait(44.2)).toBe('45 s');
    expect(formatWait(65)).toBe('1:05');
    expect(formatWait(300)).toBe('5 min');
  });
});
