import { Moderation } from '../posts/moderation-state';

/** What a moderator can do to a post. Debate-wide actions live in `DebateAction`. */
export enum PostAction {
  APPROVE = 'APPROVE',
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
  REMOVE = 'REMOVE',
  PIN = 'PIN',
  UNPIN = 'UNPIN',
  LOCK_THREAD = 'LOCK_THREAD',
  UNLOCK_THREAD = 'UNLOCK_THREAD',
}

export interface PostState {
  moderation: Moderation;
  pinned: boolean;
}

/**
 * The state a post moves to under an action, or null when the action does not apply to its current
 * state — typically because another moderator acted first (the caller answers CONFLICT rather than
 * silently doing it again or undoing the other's decision).
 */
export function nextPostState(action: PostAction, state: PostState): PostState | null {
  const { moderation, pinned } = state;
  switch (action) {
    case PostAction.APPROVE:
      return moderation === Moderation.PENDING ? { moderation: Moderation.VISIBLE, pinned } : null;
    case PostAction.HIDE:
      return moderation === Moderation.VISIBLE || moderation === Moderation.PENDING
        ? { moderation: Moderation.HIDDEN, pinned: false }
        : null;
    case PostAction.RESTORE:
      return moderation === Moderation.HIDDEN || moderation === Moderation.REMOVED
        ? { moderation: Moderation.VISIBLE, pinned }
        : null;
    case PostAction.REMOVE:
      return moderation !== Moderation.REMOVED ? { moderation: Moderation.REMOVED, pinned: false } : null;
    case PostAction.PIN:
      return moderation === Moderation.VISIBLE && !pinned ? { moderation, pinned: true } : null;
    case PostAction.UNPIN:
      return pinned ? { moderation, pinned: false } : null;
    default:
      return state;
  }
}

/** A sentence for the CONFLICT answer: what the post's state is now. */
export function describeState(state: PostState): string {
  const words: Record<Moderation, string> = {
    PENDING: 'waiting for approval',
    VISIBLE: 'visible',
    HIDDEN: 'hidden',
    REMOVED: 'removed',
  };
  return `${words[state.moderation]}${state.pinned ? ' and pinned' : ''}`;
}
