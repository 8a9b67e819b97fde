import type { Transaction } from '../database/transaction-runner';

/**
 * Empties a closed account's replies (docs/accounts.md): each keeps its place in its thread, so the
 * replies to it keep theirs, but its text goes, as when a reply is deleted by hand.
 */
export async function eraseRepliesOf(tx: Transaction, userId: string): Promise<void> {
  await tx.manager.query(
    `UPDATE comments SET body = '', body_html = '', client_id = NULL,
            deleted_at = coalesce(deleted_at, clock_timestamp()), updated_at = clock_timestamp()
      WHERE author_id = $1`,
    [userId],
  );
}
