/**
 * @mentions in a body: the composer offers members while the person types `@name`, and inserts
 * the API's mention markup `@[Display Name](user:<id>)` (ReplyInput.body) for the one picked.
 */
/** Someone who can be mentioned (a member of the seminar). */
export interface Mentionable {
  id: string;
  displayName: string;
}

export interface MentionQuery {
  /** Where the `@` is. */
  start: number;
  /** What follows it, up to the caret. */
  query: string;
}

/** The `@…` being typed just before the caret, if any (up to two words, as names have). */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const match = /(^|[\s(])@([\p{L}\p{N}_.'-]*(?: [\p{L}\p{N}_.'-]*)?)$/u.exec(before);
  if (!match) return null;
  return { start: caret - match[2].length - 1, query: match[2] };
}

export function mentionMarkup(user: Mentionable): string {
  return `@[${user.displayName.replace(/[[\]]/g, '')}](user:${user.id})`;
}

/** The text with the typed `@query` replaced by the mention markup and a space; and the new caret. */
export function insertMention(text: string, mention: MentionQuery, caret: number, user: Mentionable): { text: string; caret: number } {
  const inserted = `${mentionMarkup(user)} `;
  return { text: text.slice(0, mention.start) + inserted + text.slice(caret), caret: mention.start + inserted.length };
}

/** Members whose name matches the query: word starts first, then anywhere; at most `limit`. */
export function matchMembers<T extends { displayName: string }>(members: readonly T[], query: string, limit = 6): T[] {
  const q = query.trim().toLowerCase();
  if (!q) return members.slice(0, limit);
  const starts = members.filter((m) => m.displayName.toLowerCase().split(/\s+/).some((w) => w.startsWith(q)) || m.displayName.toLowerCase().startsWith(q));
  const contains = members.filter((m) => !starts.includes(m) && m.displayName.toLowerCase().includes(q));
  return [...starts, ...contains].slice(0, limit);
}
