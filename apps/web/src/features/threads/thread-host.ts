import { createContext, ReactNode, useContext } from 'react';
import type { Moderation, ReactionKind } from '../../gql/graphql';
import type { Mentionable } from './mention-query';
import type { Reaction } from './ReactionBar';

/** What a thread shows of a reply, whether it answers an annotation or a claim. */
export interface ThreadReply {
  id: string;
  threadId: string;
  parentId: string | null;
  body: string;
  /** Markdown rendered by the API to sanitized HTML (no scripts, handlers or javascript: links). */
  bodyHtml: string;
  createdAt: string;
  editedAt?: string | null;
  deleted: boolean;
  author: { id: string; displayName: string };
  /** Where posts are moderated (debates); absent means visible. */
  moderation?: Moderation;
  /** Where replies take reactions (readings). */
  reactions?: readonly Reaction[];
}

/** What a reply mutation came to: `ActionResult` of either host fits it. */
export type ThreadOutcome = { ok: true } | { ok: false; error: string };

/** The words that differ between the places threads appear (a reading's margin, a debate's claim). */
export interface ThreadWording {
  /** Said in place of a reply its author deleted. */
  deleted: string;
  /** The question before a reply is deleted. */
  confirmDelete: string;
  /** The placeholder of the box that starts a reply to the post itself. */
  placeholder: string;
  /** Busy label while a new reply is sent. */
  sending: string;
  /** Busy label while an edit is saved. */
  saving: string;
}

/**
 * What the page hosting a thread gives it: who is looking, the mutations, its wording, and what it
 * adds to each reply (moderation badge and actions in debates, reactions in readings).
 */
export interface ThreadHost {
  viewerId: string | null;
  wording: ThreadWording;
  /** Members offered after `@` in the reply box; null: a plain text box. */
  mentionable: readonly Mentionable[] | null;
  reply(input: { threadId: string; parentId: string | null; body: string; clientId: string }): Promise<ThreadOutcome>;
  editReply(replyId: string, body: string): Promise<ThreadOutcome>;
  deleteReply(replyId: string): Promise<ThreadOutcome>;
  /** Reactions on replies; absent where replies take none. */
  reactions?: { interactive: boolean; toggle(reply: ThreadReply, kind: ReactionKind, active: boolean): void };
  /** Beside the author's name (a moderation badge). */
  badge?: (reply: ThreadReply) => ReactNode;
  /** Among the actions on someone else's reply (Flag). */
  othersActions?: (reply: ThreadReply) => ReactNode;
  /** Under a reply, for moderators. */
  moderatorActions?: (reply: ThreadReply) => ReactNode;
}

export interface ThreadState {
  host: ThreadHost;
  /** Replies may be answered now (the viewer participates, the thread is not locked). */
  open: boolean;
}

export const ThreadContext = createContext<ThreadState | null>(null);

export function useThread(): ThreadState {
  const state = useContext(ThreadContext);
  if (!state) throw new Error('useThread is used outside a ReplyThread');
  return state;
}
