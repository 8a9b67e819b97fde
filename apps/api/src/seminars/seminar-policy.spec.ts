import { decide, SeminarAction } from './seminar-policy';
import { Role } from './role';

describe('seminar policy', () => {
  it('hides every seminar action from a non-member as NOT_FOUND', () => {
    for (const action of Object.values(SeminarAction)) expect(decide(null, action)).toBe('NOT_FOUND');
  });

  it('lets every role view the seminar and leave it', () => {
    for (const role of Object.values(Role)) {
      expect(decide(role, SeminarAction.VIEW)).toBe('ALLOW');
      expect(decide(role, SeminarAction.LEAVE)).toBe('ALLOW');
    }
  });

  it('keeps member management and the invite code rotation to owners', () => {
    expect(decide(Role.OWNER, SeminarAction.MANAGE_MEMBERS)).toBe('ALLOW');
    expect(decide(Role.OWNER, SeminarAction.ROTATE_INVITE_CODE)).toBe('ALLOW');
    for (const role of [Role.MODERATOR, Role.MEMBER, Role.OBSERVER]) {
      expect(decide(role, SeminarAction.MANAGE_MEMBERS)).toBe('FORBIDDEN');
      expect(decide(role, SeminarAction.ROTATE_INVITE_CODE)).toBe('FORBIDDEN');
    }
  });

  it('lets owners and moderators add and revise readings, and no one else', () => {
    for (const action of [SeminarAction.ADD_READING, SeminarAction.REVISE_READING]) {
      expect(decide(Role.OWNER, action)).toBe('ALLOW');
      expect(decide(Role.MODERATOR, action)).toBe('ALLOW');
      expect(decide(Role.MEMBER, action)).toBe('FORBIDDEN');
      expect(decide(Role.OBSERVER, action)).toBe('FORBIDDEN');
    }
  });

  it('lets members and above annotate, reply and react, and keeps observers to reading', () => {
    for (const action of [SeminarAction.ANNOTATE, SeminarAction.REPLY, SeminarAction.REACT]) {
      for (const role of [Role.OWNER, Role.MODERATOR, Role.MEMBER]) expect(decide(role, action)).toBe('ALLOW');
      expect(decide(Role.OBSERVER, action)).toBe('FORBIDDEN');
    }
  });

  it('lets owners and moderators run debates and moderate, members claim and vote, and everyone flag', () => {
    for (const action of [SeminarAction.MANAGE_DEBATES, SeminarAction.MODERATE]) {
      expect([Role.OWNER, Role.MODERATOR, Role.MEMBER, Role.OBSERVER].map((r) => decide(r, action))).toEqual([
        'ALLOW',
        'ALLOW',
        'FORBIDDEN',
        'FORBIDDEN',
      ]);
    }
    for (const action of [SeminarAction.CLAIM, SeminarAction.VOTE]) {
      expect([Role.OWNER, Role.MODERATOR, Role.MEMBER, Role.OBSERVER].map((r) => decide(r, action))).toEqual([
        'ALLOW',
        'ALLOW',
        'ALLOW',
        'FORBIDDEN',
      ]);
    }
    for (const role of Object.values(Role)) expect(decide(role, SeminarAction.FLAG)).toBe('ALLOW');
  });
});
