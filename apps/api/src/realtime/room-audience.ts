import type { RoomKind } from '@glossa/contracts';
import { Role } from '../seminars/role';
import { decide, SeminarAction } from '../seminars/seminar-policy';

/**
 * Whether someone with `role` in a room's seminar (null: not a member) may be in a room of `kind`.
 * Each room is exactly one audience (libs/contracts rooms.ts), so this one answer decides both who
 * may subscribe and who must leave when a role changes. `user` rooms belong to their user alone and
 * are not decided by a seminar role.
 */
export function mayJoin(kind: Exclude<RoomKind, 'user'>, role: Role | null): boolean {
  if (decide(role, SeminarAction.VIEW) !== 'ALLOW') return false;
  // The moderators' room (pending posts, flags, the invite code) is for those who may moderate.
  return kind === 'moderators' ? decide(role, SeminarAction.MODERATE) === 'ALLOW' : true;
}
