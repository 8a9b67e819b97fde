import { userRoom } from '@glossa/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import type { Viewer } from '../auth/viewer';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { NotFoundError } from '../errors/glossa-error';
import { EventLog } from '../events/event-log';
import { AccountSessionModel } from './account.models';

interface SessionRow {
  id: string;
  user_agent: string | null;
  address: string | null;
  created_at: Date;
  last_seen_at: Date | null;
  expires_at: Date;
}

/**
 * The viewer's own sessions: seeing them and signing them out. Ending a session writes
 * `session.ended` to the person's room, the path that closes its sockets on every instance and
 * drops it from each instance's recent sessions (AccessRevocationService).
 */
@Injectable()
export class AccountSessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly events: EventLog,
    private readonly auth: AuthService,
  ) {}

  /** Sessions still signed in, the one asking first, then the most recently used. */
  async list(viewer: Viewer): Promise<AccountSessionModel[]> {
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT id, user_agent, address, created_at, last_seen_at, expires_at FROM sessions
        WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
        ORDER BY (id = $2) DESC, coalesce(last_seen_at, created_at) DESC, id`,
      [viewer.userId, viewer.sessionId],
    );
    return rows.map((row) =>
      Object.assign(new AccountSessionModel(), {
        id: row.id,
        userAgent: row.user_agent,
        address: row.address,
        createdAt: row.created_at,
        lastSeenAt: row.last_seen_at,
        expiresAt: row.expires_at,
        current: row.id === viewer.sessionId,
      }),
    );
  }

  /** Signs out one of the viewer's sessions; someone else's is NOT_FOUND, as if it did not exist. */
  async end(viewer: Viewer, sessionId: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const ended = await this.endWhere(tx, viewer.userId, 'id = $2', [sessionId]);
      if (ended === 0) throw new NotFoundError('No such session is signed in.');
    });
  }

  /** Signs out every session of `userId` but `keep` (none when null); how many it signed out. */
  endAllBut(tx: Transaction, userId: string, keep: string | null): Promise<number> {
    return keep ? this.endWhere(tx, userId, 'id <> $2', [keep]) : this.endWhere(tx, userId, 'TRUE', []);
  }

  private async endWhere(tx: Transaction, userId: string, which: string, params: unknown[]): Promise<number> {
    const ended: Array<{ id: string }> = await tx.manager.query(
      `SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL AND ${which} ORDER BY id FOR UPDATE`,
      [userId, ...params],
    );
    if (ended.length === 0) return 0;
    const ids = ended.map((s) => s.id);
    await tx.manager.query(`UPDATE sessions SET revoked_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
    for (const sessionId of ids) await this.events.append(tx, userRoom(userId), 'session.ended', { sessionId }, userId);
    tx.afterCommit(() => ids.forEach((id) => this.auth.forgetSession(id)));
    return ids.length;
  }
}
