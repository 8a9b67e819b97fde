import type { Transaction } from '../database/transaction-runner';

/**
 * Empties a closed account's claims (docs/accounts.md): each keeps its place in the debate's tree,
 * so the claims and replies under it keep theirs, but its text goes, as when a claim is deleted.
 */
export async function eraseClaimsOf(tx: Transaction, userId: string): Promise<void> {
  await tx.manager.query(
    `UPDATE claims SET body = '', body_html = '', client_id = NULL,
            deleted_at = coalesce(deleted_at, clock_timestamp()), updated_at = clock_timestamp()
      WHERE author_id = $1`,
    [userId],
  );
}
