import { slowModeWait } from './slow-mode';

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, 0) + seconds * 1000);

describe('slowModeWait', () => {
  it('lets anyone post when slow mode is off or they have not posted', () => {
    expect(slowModeWait(0, at(0), at(1))).toBe(0);
    expect(slowModeWait(30, null, at(1))).toBe(0);
  });

  it('counts the seconds left since the member’s last claim, rounded up', () => {
    expect(slowModeWait(30, at(0), at(10.5))).toBe(20);
    expect(slowModeWait(30, at(0), at(29.9))).toBe(1);
  });

  it('lets the member post once the interval has passed', () => {
    expect(slowModeWait(30, at(0), at(30))).toBe(0);
    expect(slowModeWait(30, at(0), at(90))).toBe(0);
  });
});
