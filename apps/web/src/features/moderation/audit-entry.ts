import { formatWait } from '../posts/slow-mode';

const SUBJECTS: Record<string, string> = {
  annotation: 'an annotation',
  comment: 'a reply',
  claim: 'a claim',
  debate: 'the debate',
  flag: 'a flag',
};

const VERBS: Record<string, string> = {
  APPROVE: 'approved',
  HIDE: 'hid',
  RESTORE: 'restored',
  REMOVE: 'removed',
  PIN: 'pinned',
  UNPIN: 'unpinned',
  LOCK_THREAD: 'locked the discussion of',
  UNLOCK_THREAD: 'unlocked the discussion of',
  DEBATE_LOCK: 'locked',
  DEBATE_UNLOCK: 'unlocked',
  DEBATE_ARCHIVE: 'archived',
  FLAG_RESOLVED: 'resolved',
  FLAG_DISMISSED: 'dismissed',
};

/**
 * What an audit-log entry says happened, as a phrase after the moderator's name ("approved a
 * claim", "set slow mode to 1 min"). `details` is the entry's JSON (the state before and after).
 */
export function describeAction(action: string, subjectType: string, details: string): string {
  const subject = SUBJECTS[subjectType] ?? subjectType;
  const after = parseAfter(details);
  if (action === 'DEBATE_SET_SLOW_MODE') {
    const seconds = typeof after['slowModeSeconds'] === 'number' ? after['slowModeSeconds'] : null;
    return seconds === null
      ? 'changed slow mode'
      : seconds === 0
        ? 'turned slow mode off'
        : `set slow mode to one claim every ${formatWait(seconds)}`;
  }
  if (action === 'DEBATE_SET_MODERATION_MODE') {
    return after['moderationMode'] === 'PRE_MODERATED'
      ? 'turned on pre-moderation'
      : after['moderationMode'] === 'OPEN'
        ? 'turned off pre-moderation'
        : 'changed the moderation mode';
  }
  const verb = VERBS[action];
  return verb ? `${verb} ${subject}` : `${action.toLowerCase().replace(/_/g, ' ')} ${subject}`;
}

function parseAfter(details: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(details);
    if (parsed && typeof parsed === 'object' && 'after' in parsed) {
      const after = (parsed as { after: unknown }).after;
      if (after && typeof after === 'object') return after as Record<string, unknown>;
    }
  } catch {
    // Not JSON: the phrase falls back to the action's name.
  }
  return {};
}
