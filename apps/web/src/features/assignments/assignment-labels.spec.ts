import { localInputValue, requiredWork, STATE_WORDS } from './assignment-labels';

describe('assignment labels', () => {
  it('says late work is still accepted, and marks it late once done', () => {
    expect(STATE_WORDS.OVERDUE).toContain('still accepted');
    expect(STATE_WORDS.DONE_LATE).toContain('late');
  });

  it('names the work an assignment asks for', () => {
    expect(requiredWork(1, false)).toBe('1 annotation');
    expect(requiredWork(3, true)).toBe('3 claims');
  });

  it('writes a date as a datetime-local value in local time', () => {
    expect(localInputValue(new Date(2026, 11, 7, 9, 5))).toBe('2026-12-07T09:05');
  });
});
