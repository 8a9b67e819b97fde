import type { Transaction } from '../database/transaction-runner';

/** Which name sits beside which id in event payloads (libs/contracts/src/events.ts, live-events.ts). */
const NAME_BESIDE_ID: Record<string, string> = {
  authorId: 'authorName',
  userId: 'displayName',
  facilitatorId: 'facilitatorName',
  moderatorId: 'moderatorName',
};
/** Names an event carries of its actor without the actor's id beside them. */
const ACTOR_NAMES = ['actorName', 'reporterName'];
/** What a post of the erased person says in replays: no text, no tags, shown as deleted. */
const POST_TEXT: Record<string, unknown> = { body: '', tags: [], deleted: true };

interface EventRow {
  room: string;
  seq: string;
  payload: unknown;
  actor_id: string | null;
}

/**
 * Takes a closed account's name and words out of the event log (docs/accounts.md), in the closing's
 * transaction, so no replay serves them: every event mentioning the person keeps its place (same
 * room and seq, so rooms keep no holes) with `placeholder` for their name and their posts' text
 * emptied. Runs over the whole log once per closed account: rare, and the log has no index by person.
 */
export async function erasePersonFromEvents(tx: Transaction, userId: string, placeholder: string): Promise<number> {
  const rows: EventRow[] = await tx.manager.query(
    `SELECT room, seq, payload, actor_id FROM events
      WHERE actor_id = $1 OR strpos(payload::text, $2) > 0
      FOR UPDATE`,
    [userId, `"${userId}"`],
  );
  const changed = rows
    .map((row) => ({ row, payload: erased(row.payload, userId, placeholder, row.actor_id === userId) }))
    .filter(({ row, payload }) => JSON.stringify(payload) !== JSON.stringify(row.payload));
  if (changed.length === 0) return 0;
  await tx.manager.query(
    `UPDATE events e SET payload = r.payload::jsonb
       FROM unnest($1::text[], $2::bigint[], $3::text[]) AS r(room, seq, payload)
      WHERE e.room = r.room AND e.seq = r.seq`,
    [changed.map((c) => c.row.room), changed.map((c) => c.row.seq), changed.map((c) => JSON.stringify(c.payload))],
  );
  return changed.length;
}

/** A copy of `value` with the person's names replaced and their posts' text removed. */
function erased(value: unknown, userId: string, placeholder: string, byThem: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => erased(item, userId, placeholder, false));
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) copy[key] = erased(inner, userId, placeholder, false);
  for (const [idKey, nameKey] of Object.entries(NAME_BESIDE_ID)) {
    if (copy[idKey] === userId && nameKey in copy) copy[nameKey] = placeholder;
  }
  if (copy['authorId'] === userId) {
    for (const [key, empty] of Object.entries(POST_TEXT)) if (key in copy) copy[key] = empty;
  }
  if (byThem) {
    for (const key of ACTOR_NAMES) if (key in copy) copy[key] = placeholder;
    // A mention's excerpt quotes the mentioning post.
    if ('excerpt' in copy) copy['excerpt'] = '';
  }
  return copy;
}
