import { Role } from './role';

/** Everything a person may try to do within a seminar, as far as the foundation knows it. */
export enum SeminarAction {
  VIEW = 'VIEW',
  VIEW_INVITE_CODE = 'VIEW_INVITE_CODE',
  ROTATE_INVITE_CODE = 'ROTATE_INVITE_CODE',
  MANAGE_MEMBERS = 'MANAGE_MEMBERS',
  LEAVE = 'LEAVE',
  ADD_READING = 'ADD_READING',
  REVISE_READING = 'REVISE_READING',
  /** Create annotations and edit one's own. */
  ANNOTATE = 'ANNOTATE',
  /** Reply in threads and edit one's own replies. */
  REPLY = 'REPLY',
  REACT = 'REACT',
}

export type Decision = 'ALLOW' | 'FORBIDDEN' | 'NOT_FOUND';

const allowed: Record<SeminarAction, readonly Role[]> = {
  [SeminarAction.VIEW]: [Role.OWNER, Role.MODERATOR, Role.MEMBER, Role.OBSERVER],
  [SeminarAction.VIEW_INVITE_CODE]: [Role.OWNER, Role.MODERATOR],
  [SeminarAction.ROTATE_INVITE_CODE]: [Role.OWNER],
  [SeminarAction.MANAGE_MEMBERS]: [Role.OWNER],
  [SeminarAction.LEAVE]: [Role.OWNER, Role.MODERATOR, Role.MEMBER, Role.OBSERVER],
  [SeminarAction.ADD_READING]: [Role.OWNER, Role.MODERATOR],
  [SeminarAction.REVISE_READING]: [Role.OWNER, Role.MODERATOR],
  [SeminarAction.ANNOTATE]: [Role.OWNER, Role.MODERATOR, Role.MEMBER],
  [SeminarAction.REPLY]: [Role.OWNER, Role.MODERATOR, Role.MEMBER],
  [SeminarAction.REACT]: [Role.OWNER, Role.MODERATOR, Role.MEMBER],
};

/**
 * The one permission rule of a seminar (DESIGN.md §1, Roles). A person who is not a member learns
 * nothing, not even that the seminar exists: NOT_FOUND rather than FORBIDDEN.
 */
export function decide(role: Role | null, action: SeminarAction): Decision {
  if (role === null) return 'NOT_FOUND';
  return allowed[action].includes(role) ? 'ALLOW' : 'FORBIDDEN';
}
