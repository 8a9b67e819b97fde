import type { RoomKind } from '@glossa/contracts';
import { Role } from '../seminars/role';
import { decide, SeminarAction } from '../seminars/seminar-policy';

/**
 * Owners and moderators: the audience of `seminar:<id>:moderators` (pending posts, flags, the
 * invite code). Everyone else who may view the seminar hears its other rooms.
 */
const MODERATORS_ROOM_ROLES: readonly Role[] = [Role.OWNER, Role.MODERATOR];

/**
 * Whether someone with `role` in a room's seminar (null: not a member) may be in a room of `kind`.
 * Each room is exactly one audience (libs/contracts rooms.ts), so this one answer decides both who
 * may subscribe and who must leave when a role changes. `user` rooms belong to their user alone and
 * are not decided by a seminar role.
 */
export function mayJoin(kind: Exclude<RoomKind, 'user'>, role: Role | null): boolean {
  if (decide(role, SeminarAction.VIEW) !== 'ALLOW') return false;
  return kind === 'moderators' ? MODERATORS_ROOM_ROLES.includes(role as Role) : true;
}
