import { ConflictError, ForbiddenError, NotFoundError } from '../errors/glossa-error';
import { Role } from '../seminars/role';
import { decideLive, LiveAction } from './live-policy';
import type { SessionRow } from './live-rows';

const refusals: Record<LiveAction, string> = {
  START: 'start a live session',
  VIEW: 'see this session',
  PARTICIPATE: 'take part (observers watch)',
  FACILITATE: 'lead this session: only its facilitator does',
  STEER: 'hand over or end this session',
};

export const noSuchSession = () => new NotFoundError('No such live session, or you are not a member of its seminar.');

/** Applies `decideLive` to a session the caller asked about: throws NOT_FOUND, FORBIDDEN or CONFLICT. */
export function enforceLive(
  session: SessionRow,
  viewer: { userId: string },
  role: Role | null,
  action: LiveAction,
): void {
  const decision = decideLive(role, session.facilitator_id === viewer.userId, action);
  if (decision === 'NOT_FOUND') throw noSuchSession();
  if (decision === 'FORBIDDEN')
    throw new ForbiddenError(`Your role (${role}) does not allow you to ${refusals[action]}.`);
  if (action !== LiveAction.VIEW && session.ended_at) throw new ConflictError('This live session has ended.');
}
