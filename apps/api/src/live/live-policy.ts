import { Role } from '../seminars/role';
import { decide, SeminarAction } from '../seminars/seminar-policy';

/** What someone may do in a live session (docs/live-sessions.md, "Who may do what"). */
export enum LiveAction {
  /** Start a session on a reading or debate. */
  START = 'START',
  /** See a session, join its room, be counted as present. */
  VIEW = 'VIEW',
  /** Answer polls, raise and lower one's hand. */
  PARTICIPATE = 'PARTICIPATE',
  /** Spotlight, move the following position, run polls and rounds, call on raised hands. */
  FACILITATE = 'FACILITATE',
  /** Hand the facilitator role to someone, or end the session. */
  STEER = 'STEER',
}

export type LiveDecision = 'ALLOW' | 'FORBIDDEN' | 'NOT_FOUND';

/**
 * Who may do what in a live session. Owners and moderators start sessions and may always steer
 * (hand over, end); only the one current facilitator facilitates, so two people never fight over
 * everyone's view: a moderator who wants to lead hands the role to themselves first.
 */
export function decideLive(role: Role | null, isFacilitator: boolean, action: LiveAction): LiveDecision {
  const seen = decide(role, SeminarAction.VIEW);
  if (seen !== 'ALLOW') return seen;
  const moderates = decide(role, SeminarAction.MODERATE) === 'ALLOW';
  switch (action) {
    case LiveAction.VIEW:
      return 'ALLOW';
    case LiveAction.START:
      return moderates ? 'ALLOW' : 'FORBIDDEN';
    case LiveAction.PARTICIPATE:
      return mayTakePart(role) ? 'ALLOW' : 'FORBIDDEN';
    case LiveAction.FACILITATE:
      return isFacilitator && mayTakePart(role) ? 'ALLOW' : 'FORBIDDEN';
    case LiveAction.STEER:
      return moderates || (isFacilitator && mayTakePart(role)) ? 'ALLOW' : 'FORBIDDEN';
  }
}

/** Observers watch: they are present and follow, but do not answer, raise hands or lead. */
export function mayTakePart(role: Role | null): boolean {
  return decide(role, SeminarAction.VOTE) === 'ALLOW';
}
