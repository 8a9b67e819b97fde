import { Role } from '../seminars/role';
import { decideLive, LiveAction } from './live-policy';

describe('decideLive', () => {
  it('lets owners and moderators start a session, and no one else', () => {
    expect(decideLive(Role.OWNER, false, LiveAction.START)).toBe('ALLOW');
    expect(decideLive(Role.MODERATOR, false, LiveAction.START)).toBe('ALLOW');
    expect(decideLive(Role.MEMBER, false, LiveAction.START)).toBe('FORBIDDEN');
    expect(decideLive(Role.OBSERVER, false, LiveAction.START)).toBe('FORBIDDEN');
  });

  it('lets only the current facilitator facilitate, even a member handed the role', () => {
    expect(decideLive(Role.MEMBER, true, LiveAction.FACILITATE)).toBe('ALLOW');
    expect(decideLive(Role.OWNER, false, LiveAction.FACILITATE)).toBe('FORBIDDEN');
    expect(decideLive(Role.MODERATOR, false, LiveAction.FACILITATE)).toBe('FORBIDDEN');
  });

  it('lets moderators steer a session they do not facilitate', () => {
    expect(decideLive(Role.MODERATOR, false, LiveAction.STEER)).toBe('ALLOW');
    expect(decideLive(Role.MEMBER, true, LiveAction.STEER)).toBe('ALLOW');
    expect(decideLive(Role.MEMBER, false, LiveAction.STEER)).toBe('FORBIDDEN');
  });

  it('lets observers watch but not take part', () => {
    expect(decideLive(Role.OBSERVER, false, LiveAction.VIEW)).toBe('ALLOW');
    expect(decideLive(Role.OBSERVER, false, LiveAction.PARTICIPATE)).toBe('FORBIDDEN');
    expect(decideLive(Role.OBSERVER, true, LiveAction.FACILITATE)).toBe('FORBIDDEN');
  });

  it('tells a non-member nothing', () => {
    for (const action of Object.values(LiveAction)) expect(decideLive(null, false, action)).toBe('NOT_FOUND');
  });
});
