import { DebateStatus, ModerationMode } from '../debates/debate-status';
import { BadUserInputError, ConflictError } from '../errors/glossa-error';
import { debateSettings } from './debate-settings';
import { DebateAction } from './moderation.inputs';

const open = { status: DebateStatus.OPEN };
const locked = { status: DebateStatus.LOCKED };
const archived = { status: DebateStatus.ARCHIVED };

describe('debateSettings', () => {
  it('locks an open debate and unlocks a locked one', () => {
    expect(debateSettings(open, { action: DebateAction.LOCK })).toEqual({ status: DebateStatus.LOCKED });
    expect(debateSettings(locked, { action: DebateAction.UNLOCK })).toEqual({ status: DebateStatus.OPEN });
  });

  it('answers CONFLICT to locking a debate that is not open or unlocking one that is not locked', () => {
    expect(() => debateSettings(locked, { action: DebateAction.LOCK })).toThrow(ConflictError);
    expect(() => debateSettings(archived, { action: DebateAction.LOCK })).toThrow(ConflictError);
    expect(() => debateSettings(open, { action: DebateAction.UNLOCK })).toThrow(ConflictError);
  });

  it('archives a debate once', () => {
    expect(debateSettings(locked, { action: DebateAction.ARCHIVE })).toEqual({ status: DebateStatus.ARCHIVED });
    expect(() => debateSettings(archived, { action: DebateAction.ARCHIVE })).toThrow(ConflictError);
  });

  it('sets slow mode and moderation mode, which need their value', () => {
    expect(debateSettings(open, { action: DebateAction.SET_SLOW_MODE, slowModeSeconds: 0 })).toEqual({
      slowModeSeconds: 0,
    });
    expect(() => debateSettings(open, { action: DebateAction.SET_SLOW_MODE })).toThrow(BadUserInputError);
    expect(
      debateSettings(open, { action: DebateAction.SET_MODERATION_MODE, moderationMode: ModerationMode.PRE_MODERATED }),
    ).toEqual({ moderationMode: ModerationMode.PRE_MODERATED });
    expect(() => debateSettings(open, { action: DebateAction.SET_MODERATION_MODE })).toThrow(BadUserInputError);
  });
});
