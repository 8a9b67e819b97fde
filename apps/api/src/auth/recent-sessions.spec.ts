import { RecentSessions } from './recent-sessions';

const viewer = (sessionId: string, userId = 'u1') => ({ sessionId, userId, email: 'a@b.c', displayName: 'Ama' });

describe('RecentSessions', () => {
  let clock = 0;
  const sessions = (ttlMs: number, max?: number) => new RecentSessions(ttlMs, max, () => clock);
  beforeEach(() => {
    clock = 1_000_000;
  });

  it('answers a session found valid within the time-to-live, then no longer', () => {
    const recent = sessions(10_000);
    recent.remember(viewer('s1'), new Date(clock + 3_600_000));
    expect(recent.get('s1', 'u1')).toEqual(viewer('s1'));
    clock += 9_999;
    expect(recent.get('s1', 'u1')).toBeDefined();
    clock += 1;
    expect(recent.get('s1', 'u1')).toBeUndefined();
  });

  it('never answers past the session’s own expiry, nor for another user', () => {
    const recent = sessions(10_000);
    recent.remember(viewer('s1'), new Date(clock + 2_000));
    expect(recent.get('s1', 'u2')).toBeUndefined();
    recent.remember(viewer('s1'), new Date(clock + 2_000));
    clock += 2_000;
    expect(recent.get('s1', 'u1')).toBeUndefined();
  });

  it('forgets a session that ended', () => {
    const recent = sessions(10_000);
    recent.remember(viewer('s1'), new Date(clock + 3_600_000));
    recent.forget('s1');
    expect(recent.get('s1', 'u1')).toBeUndefined();
  });

  it('keeps at most `max` sessions, dropping the oldest, and nothing with a time-to-live of 0', () => {
    const recent = sessions(10_000, 2);
    for (const id of ['s1', 's2', 's3']) recent.remember(viewer(id), new Date(clock + 3_600_000));
    expect(['s1', 's2', 's3'].map((id) => recent.get(id, 'u1') !== undefined)).toEqual([false, true, true]);
    const off = sessions(0);
    off.remember(viewer('s1'), new Date(clock + 3_600_000));
    expect(off.get('s1', 'u1')).toBeUndefined();
  });
});
