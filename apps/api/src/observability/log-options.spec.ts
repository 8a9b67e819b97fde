import { levelOfNestLogger } from './log-options';

describe('levelOfNestLogger', () => {
  it('logs at the most verbose level a Nest logger option lists', () => {
    expect(levelOfNestLogger(['error'])).toBe('error');
    expect(levelOfNestLogger(['error', 'warn'])).toBe('warn');
    expect(levelOfNestLogger(['log', 'warn', 'error'])).toBe('info');
    expect(levelOfNestLogger(['error', 'debug'])).toBe('debug');
  });

  it('logs nothing for logger: false or an empty list', () => {
    expect(levelOfNestLogger(false)).toBe('silent');
    expect(levelOfNestLogger([])).toBe('silent');
  });
});
