import type { Transaction } from '../database/transaction-runner';

/**
 * A closed account's notifications (docs/accounts.md): its own inbox goes, and the mentions it sent
 * lose the excerpt they quoted from its posts (who sent them now reads as the closed account).
 */
export async function eraseNotificationsOf(tx: Transaction, userId: string): Promise<void> {
  await tx.manager.query(`DELETE FROM notifications WHERE user_id = $1`, [userId]);
  await tx.manager.query(`UPDATE notifications SET excerpt = '' WHERE actor_id = $1 AND excerpt <> ''`, [userId]);
}
