import type { Moderation, ModerationSubject, PostAction } from '../../gql/graphql';

export interface PostActionSpec {
  action: PostAction;
  label: string;
  question: string;
  suggestions: readonly string[];
  danger?: boolean;
}

const SPECS: Record<PostAction, Omit<PostActionSpec, 'action'>> = {
  APPROVE: {
    label: 'Approve',
    question: 'Why approve it?',
    suggestions: ['On topic and civil', 'Cites the reading fairly', 'Meets the seminar’s guidelines'],
  },
  HIDE: {
    label: 'Hide',
    question: 'Why hide it? Members will no longer see it.',
    suggestions: ['Off-topic', 'Disrespectful', 'Misquotes the reading', 'Spam'],
    danger: true,
  },
  RESTORE: {
    label: 'Restore',
    question: 'Why restore it?',
    suggestions: ['Flag not upheld', 'Edited by its author', 'Hidden by mistake'],
  },
  REMOVE: {
    label: 'Remove',
    question: 'Why remove it? Its place stays, its text goes.',
    suggestions: ['Abusive', 'Personal information', 'Spam'],
    danger: true,
  },
  PIN: {
    label: 'Pin',
    question: 'Why pin it to the top?',
    suggestions: ['Strongest argument so far', 'Sets out the question'],
  },
  UNPIN: { label: 'Unpin', question: 'Why unpin it?', suggestions: ['No longer central'] },
  LOCK_THREAD: {
    label: 'Lock discussion',
    question: 'Why lock its discussion? No new replies until unlocked.',
    suggestions: ['Heated', 'Going in circles'],
  },
  UNLOCK_THREAD: { label: 'Unlock discussion', question: 'Why unlock its discussion?', suggestions: ['Cooled down'] },
};

export function postActionSpec(action: PostAction): PostActionSpec {
  return { action, ...SPECS[action] };
}

/**
 * The actions that make sense for a post in its state (the API's moderation rules, seen from the
 * desk): the main ones first, the rarer ones (pin, locks) second. Replies have no pins or threads.
 */
export function postActionsFor(
  subject: ModerationSubject,
  state: { moderation: Moderation; pinned?: boolean },
): { main: PostAction[]; more: PostAction[] } {
  const threaded = subject !== 'REPLY';
  switch (state.moderation) {
    case 'PENDING':
      return { main: ['APPROVE', 'HIDE', 'REMOVE'], more: [] };
    case 'VISIBLE':
      return {
        main: ['HIDE', 'REMOVE'],
        more: threaded ? [state.pinned ? 'UNPIN' : 'PIN', 'LOCK_THREAD', 'UNLOCK_THREAD'] : [],
      };
    case 'HIDDEN':
      return { main: ['RESTORE', 'REMOVE'], more: threaded ? ['LOCK_THREAD', 'UNLOCK_THREAD'] : [] };
    case 'REMOVED':
      return { main: ['RESTORE'], more: [] };
  }
}
