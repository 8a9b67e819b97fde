import type { DebateEntity } from '../debates/debate.entity';
import { DebateStatus } from '../debates/debate-status';
import { BadUserInputError, ConflictError } from '../errors/glossa-error';
import { DebateAction, ModerateDebateInput } from './moderation.inputs';

export type DebateSettings = Partial<Pick<DebateEntity, 'status' | 'moderationMode' | 'slowModeSeconds'>>;

/** The settings a moderator's debate action sets; CONFLICT when the debate is already so. */
export function debateSettings(
  debate: Pick<DebateEntity, 'status'>,
  input: Pick<ModerateDebateInput, 'action' | 'slowModeSeconds' | 'moderationMode'>,
): DebateSettings {
  switch (input.action) {
    case DebateAction.LOCK:
      if (debate.status !== DebateStatus.OPEN)
        throw new ConflictError(`The debate is already ${debate.status.toLowerCase()}.`);
      return { status: DebateStatus.LOCKED };
    case DebateAction.UNLOCK:
      if (debate.status !== DebateStatus.LOCKED)
        throw new ConflictError(`The debate is ${debate.status.toLowerCase()}, not locked.`);
      return { status: DebateStatus.OPEN };
    case DebateAction.ARCHIVE:
      if (debate.status === DebateStatus.ARCHIVED) throw new ConflictError('The debate is already archived.');
      return { status: DebateStatus.ARCHIVED };
    case DebateAction.SET_SLOW_MODE:
      if (input.slowModeSeconds === undefined) throw new BadUserInputError('SET_SLOW_MODE needs slowModeSeconds.');
      return { slowModeSeconds: input.slowModeSeconds };
    case DebateAction.SET_MODERATION_MODE:
      if (!input.moderationMode) throw new BadUserInputError('SET_MODERATION_MODE needs moderationMode.');
      return { moderationMode: input.moderationMode };
  }
}
