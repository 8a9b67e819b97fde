import { Role } from './role';

/** Everything a person may try to do within a seminar, as far as the foundation knows it. */
export enum SeminarAction {
  VIEW = 'VIEW',
  VIEW_INVITE_CODE = 'VIEW_INVITE_CODE',
  /** Change the seminar's name and description. */
  EDIT_SEMINAR = 'EDIT_SEMINAR',
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
  /** Create debates and change their settings (status, moderation mode, slow mode). */
  MANAGE_DEBATES = 'MANAGE_DEBATES',
  /** Add claims to a debate and edit one's own. */
  CLAIM = 'CLAIM',
  VOTE = 'VOTE',
  /** Report a post to the moderators. */
  FLAG = 'FLAG',
  /** Approve, hide, restore, remove, lock, pin, resolve flags; read the audit log. */
  MODERATE = 'MODERATE',
  /** The discussion map of a reading (docs/leader-tools.md); members once hide-until-you-post no longer applies to them. */
  VIEW_DISCUSSION_MAP = 'VIEW_DISCUSSION_MAP',
  /** Everyone's participation figures; each member may always see their own (docs/leader-tools.md). */
  VIEW_PARTICIPATION = 'VIEW_PARTICIPATION',
  /** Make the whole seminar anonymous, or stop (docs/anonymous-mode.md). */
  SET_SEMINAR_ANONYMITY = 'SET_SEMINAR_ANONYMITY',
  /** Make one debate anonymous, or stop. */
  SET_DEBATE_ANONYMITY = 'SET_DEBATE_ANONYMITY',
  /** Learn who is behind a pseudonym, recorded in the audit log with a reason. */
  REVEAL_PSEUDONYM = 'REVEAL_PSEUDONYM',
  /** Set, change and withdraw assignments, grant extensions, see everyone's progress (docs/assignments.md). */
  MANAGE_ASSIGNMENTS = 'MANAGE_ASSIGNMENTS',
  /** Create, rename and delete small groups, move members, split at random (docs/small-groups.md). */
  MANAGE_GROUPS = 'MANAGE_GROUPS',
}

export type Decision = 'ALLOW' | 'FORBIDDEN' | 'NOT_FOUND';

const allowed: Record<SeminarAction, readonly Role[]> = {
  [SeminarAction.VIEW]: [Role.OWNER, Role.MODERATOR, Role.MEMBER, Role.OBSERVER],
  [SeminarAction.VIEW_INVITE_CODE]: [Role.OWNER, Role.MODERATOR],
  [SeminarAction.EDIT_SEMINAR]: [Role.OWNER],
  [SeminarAction.ROTATE_INVITE_CODE]: [Role.OWNER],
  [SeminarAction.MANAGE_MEMBERS]: [Role.OWNER],
  [SeminarAction.LEAVE]: [Role.OWNER, Role.MODERATOR, Role.MEMBER, Role.OBSERVER],
  [SeminarAction.ADD_READING]: [Role.OWNER, Role.MODERATOR],
  [SeminarAction.REVISE_READING]: [Role.OWNER, Role.MODERATOR],
  [SeminarAction.ANNOTATE]: [Role.OWNER, Role.MODERATOR, Role.MEMBER],
  [SeminarAction.REPLY]: [Role.OWNER, Role.MODERATOR, Role.MEMBER],
  [SeminarAction.REACT]: [Role.OWNER, Role.MODERATOR, Role.MEMBER],
  [SeminarAction.MANAGE_DEBATES]: [Role.OWNER, Role.MODERATOR],
  [SeminarAction.CLAIM]: [Role.OWNER, Role.MODERATOR, Role.MEMBER],
  [SeminarAction.VOTE]: [Role.OWNER, Role.MODERATOR, Role.MEMBER],
  [SeminarAction.FLAG]: [Role.OWNER, Role.MODERATOR, Role.MEMBER, Role.OBSERVER],
  [SeminarAction.MODERATE]: [Role.OWNER, Role.MODERATOR],
  [SeminarAction.VIEW_DISCUSSION_MAP]: [Role.OWNER, Role.MODERATOR, Role.MEMBER, Role.OBSERVER],
  [SeminarAction.VIEW_PARTICIPATION]: [Role.OWNER, Role.MODERATOR],
  [SeminarAction.SET_SEMINAR_ANONYMITY]: [Role.OWNER],
  [SeminarAction.SET_DEBATE_ANONYMITY]: [Role.OWNER, Role.MODERATOR],
  [SeminarAction.REVEAL_PSEUDONYM]: [Role.OWNER, Role.MODERATOR],
  [SeminarAction.MANAGE_ASSIGNMENTS]: [Role.OWNER, Role.MODERATOR],
  [SeminarAction.MANAGE_GROUPS]: [Role.OWNER, Role.MODERATOR],
};

/**
 * The one permission rule of a seminar (docs/design.md §1, Roles). A person who is not a member learns
 * nothing, not even that the seminar exists: NOT_FOUND rather than FORBIDDEN.
 */
export function decide(role: Role | null, action: SeminarAction): Decision {
  if (role === null) return 'NOT_FOUND';
  return allowed[action].includes(role) ? 'ALLOW' : 'FORBIDDEN';
}
