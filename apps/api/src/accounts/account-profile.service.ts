import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { PasswordHasher } from '../auth/password-hasher';
import type { Viewer } from '../auth/viewer';
import { TransactionRunner } from '../database/transaction-runner';
import { BadUserInputError, NotFoundError } from '../errors/glossa-error';
import { AccountModel } from './account.models';
import { AccountSessionsService } from './account-sessions.service';
import { PasswordConfirmation } from './password-confirmation';

interface AccountRow {
  id: string;
  email: string;
  display_name: string;
  pending_email: string | null;
  pending_email_requested_at: Date | null;
}

const ACCOUNT_COLUMNS = 'id, email, display_name, pending_email, pending_email_requested_at';

/** What the signed-in person may change about themselves: name and password (email: EmailChangeService). */
@Injectable()
export class AccountProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly sessions: AccountSessionsService,
    private readonly confirmation: PasswordConfirmation,
    private readonly auth: AuthService,
    private readonly passwords: PasswordHasher,
  ) {}

  async account(viewer: Viewer): Promise<AccountModel> {
    const rows: AccountRow[] = await this.dataSource.query(
      `SELECT ${ACCOUNT_COLUMNS} FROM users WHERE id = $1 AND deleted_at IS NULL`,
      [viewer.userId],
    );
    if (!rows[0]) throw new NotFoundError('This account was closed.');
    return toModel(rows[0]);
  }

  /**
   * The name others see on the viewer's posts from now on. Posts read it from the account, so old
   * posts show it too; sessions found valid a moment ago are forgotten here so the next request
   * carries the new name (other instances: within SESSION_RECHECK_SECONDS).
   */
  async changeDisplayName(viewer: Viewer, displayName: string): Promise<AccountModel> {
    const rows: AccountRow[] = await this.dataSource.query(
      `UPDATE users SET display_name = $2, updated_at = now() WHERE id = $1 AND deleted_at IS NULL
        RETURNING ${ACCOUNT_COLUMNS}`,
      [viewer.userId, displayName.trim()],
    );
    const updated = firstRow(rows);
    if (!updated) throw new NotFoundError('This account was closed.');
    const sessionIds: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`,
      [viewer.userId],
    );
    for (const { id } of sessionIds) this.auth.forgetSession(id);
    return toModel(updated);
  }

  /** A new password, given the current one; every other session is signed out, this one stays. */
  async changePassword(viewer: Viewer, current: string, next: string, address: string): Promise<number> {
    await this.confirmation.confirm(viewer, current, address);
    if (current === next) throw new BadUserInputError('The new password is the same as the current one.');
    const passwordHash = await this.passwords.hash(next);
    return this.transactions.run(async (tx) => {
      await tx.manager.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [
        viewer.userId,
        passwordHash,
      ]);
      return this.sessions.endAllBut(tx, viewer.userId, viewer.sessionId);
    });
  }
}

/** TypeORM answers an UPDATE … RETURNING with [rows, count]. */
function firstRow(result: unknown[]): AccountRow | undefined {
  const rows = Array.isArray(result[0]) ? (result[0] as AccountRow[]) : (result as AccountRow[]);
  return rows[0];
}

function toModel(row: AccountRow): AccountModel {
  return Object.assign(new AccountModel(), {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    pendingEmail: row.pending_email,
    pendingEmailRequestedAt: row.pending_email_requested_at,
  });
}
