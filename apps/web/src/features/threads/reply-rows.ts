/** The little of a reply the ordering needs. */
export interface OrderedReply {
  id: string;
  parentId: string | null;
  author: { displayName: string };
}

export interface ReplyRow<R extends OrderedReply> {
  reply: R;
  /** 0 for a reply to the post, 1 for a reply to that, … capped at MAX_INDENT. */
  indent: number;
  /** Whom a reply answers when the indent no longer shows it (the tree was flattened). */
  inReplyTo: string | null;
}

/** Replies deeper than this are drawn at this indent, each saying whom it answers. */
export const MAX_INDENT = 2;

/**
 * A thread as rows in reading order (the API lists it oldest first): each reply followed by its
 * answers, depth first, siblings oldest first, indented by depth up to MAX_INDENT; beyond it the rows
 * stay flat and name their parent, as Discourse and Reddit's compact views do, so deep exchanges stay
 * readable in a narrow card. A reply whose parent is not loaded (a later page, or hidden) starts a
 * branch of its own.
 */
export function replyRows<R extends OrderedReply>(replies: readonly R[]): Array<ReplyRow<R>> {
  const ids = new Set(replies.map((r) => r.id));
  const children = new Map<string | null, R[]>();
  for (const reply of replies) {
    const parent = reply.parentId && ids.has(reply.parentId) ? reply.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(reply);
    children.set(parent, list);
  }
  const rows: Array<ReplyRow<R>> = [];
  const visit = (parentId: string | null, depth: number, parentName: string | null) => {
    for (const reply of children.get(parentId) ?? []) {
      rows.push({ reply, indent: Math.min(depth, MAX_INDENT), inReplyTo: depth > MAX_INDENT ? parentName : null });
      visit(reply.id, depth + 1, reply.author.displayName);
    }
  };
  visit(null, 0, null);
  return rows;
}
