/** The little of a reply the ordering needs. */
export interface OrderedReply {
  id: string;
  parentId: string | null;
  author: { displayName: string };
}

export interface ReplyRow<R extends OrderedReply> {
  reply: R;
  /** Visual nesting, capped so deep exchanges stay readable in a narrow card. */
  indent: number;
  /** Whom a reply answers when its nesting is capped (so the link stays visible). */
  inReplyTo: string | null;
}

export const MAX_INDENT = 2;

/**
 * Orders a discussion (the API lists it oldest first) as a conversation: each reply under the one it
 * answers, depth first, siblings oldest first. A reply whose parent is not in the list (not loaded
 * yet, or hidden) starts a branch of its own.
 */
export function replyRows<R extends OrderedReply>(replies: readonly R[]): Array<ReplyRow<R>> {
  const ids = new Set(replies.map((r) => r.id));
  const children = new Map<string | null, R[]>();
  for (const reply of replies) {
    const parent = reply.parentId && ids.has(reply.parentId) ? reply.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), reply]);
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
