import { seminarRoom } from '@glossa/contracts';
import type { Transaction } from '../database/transaction-runner';
import type { EventLog } from '../events/event-log';
import { Role } from './role';

export interface OwnedSeminar {
  id: string;
  name: string;
}

/**
 * The seminars `userId` is the only owner of, with their owner rows locked until the transaction
 * ends, so no one can step down as the "other" owner while an account is being closed.
 */
export async function seminarsOnlyOwnedBy(tx: Transaction, userId: string): Promise<OwnedSeminar[]> {
  const owners: Array<{ seminar_id: string; user_id: string }> = await tx.manager.query(
    `SELECT m.seminar_id, m.user_id FROM memberships m
      WHERE m.role = $2 AND m.seminar_id IN (SELECT seminar_id FROM memberships WHERE user_id = $1 AND role = $2)
      ORDER BY m.seminar_id
      FOR UPDATE`,
    [userId, Role.OWNER],
  );
  const ownersBySeminar = new Map<string, number>();
  for (const row of owners) ownersBySeminar.set(row.seminar_id, (ownersBySeminar.get(row.seminar_id) ?? 0) + 1);
  const alone = [...ownersBySeminar].filter(([, count]) => count === 1).map(([id]) => id);
  if (alone.length === 0) return [];
  return tx.manager.query(`SELECT id, name FROM seminars WHERE id = ANY($1::uuid[]) ORDER BY name`, [alone]);
}

/** Takes `userId` out of every seminar, telling each seminar's members that they left. */
export async function leaveEverySeminar(tx: Transaction, events: EventLog, userId: string): Promise<void> {
  const left: Array<{ seminar_id: string }> = await tx.manager.query(
    `SELECT seminar_id FROM memberships WHERE user_id = $1 ORDER BY seminar_id`,
    [userId],
  );
  await tx.manager.query(`DELETE FROM memberships WHERE user_id = $1`, [userId]);
  for (const { seminar_id: seminarId } of left)
    await events.append(tx, seminarRoom(seminarId), 'member.left', { seminarId, userId, removedBy: null }, userId);
}
