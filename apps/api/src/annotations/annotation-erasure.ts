import type { Transaction } from '../database/transaction-runner';

/**
 * Empties a closed account's annotations (docs/accounts.md): each keeps its place and its quote of
 * the reading, so the replies others wrote stay in their thread, but its note and tags go and it
 * counts as deleted (shown only while live replies hang from it, as after deleting it by hand).
 */
export async function eraseAnnotationsOf(tx: Transaction, userId: string): Promise<void> {
  await tx.manager.query(
    `UPDATE annotations SET body = '', body_html = '', tags = '{}', client_id = NULL,
            deleted_at = coalesce(deleted_at, clock_timestamp()), updated_at = clock_timestamp()
      WHERE author_id = $1`,
    [userId],
  );
}
