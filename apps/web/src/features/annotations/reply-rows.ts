import type { ReplyRecord } from './annotation-fields';

/** Replies deeper than this are drawn at this indent, each saying whom it answers. */
export const MAX_INDENT = 3;

export interface ReplyRow {
  reply: ReplyRecord;
  /** 1 for a reply to the annotation, 2 for a reply to that, … capped at MAX_INDENT. */
  indent: number;
  /** The author answered, when the indent no longer shows it (the tree was flattened). */
  inReplyTo: string | null;
}

/**
 * A thread as rows in reading order: each reply followed by its answers (depth first, oldest
 * first), indented by depth up to MAX_INDENT; beyond it the rows stay flat and name their parent,
 * as Discourse and Reddit's compact views do. A reply whose parent is not loaded (a later page)
 * is shown at the top level.
 */
export function replyRows(replies: readonly ReplyRecord[]): ReplyRow[] {
  const byId = new Map(replies.map((r) => [r.id, r]));
  const children = new Map<string | null, ReplyRecord[]>();
  for (const reply of replies) {
    const parent = reply.parentId && byId.has(reply.parentId) ? reply.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(reply);
    children.set(parent, list);
  }
  const rows: ReplyRow[] = [];
  const visit = (parentId: string | null, level: number) => {
    for (const reply of children.get(parentId) ?? []) {
      const parent = reply.parentId ? byId.get(reply.parentId) : undefined;
      rows.push({
        reply,
        indent: Math.min(level, MAX_INDENT),
        inReplyTo: level > MAX_INDENT && parent ? parent.author.displayName : null,
      });
      visit(reply.id, level + 1);
    }
  };
  visit(null, 1);
  return rows;
}
