import { Injectable } from '@nestjs/common';
import { eraseAnnotationsOf } from '../annotations/annotation-erasure';
import type { Viewer } from '../auth/viewer';
import { TransactionRunner } from '../database/transaction-runner';
import { eraseClaimsOf } from '../debates/claim-erasure';
import { ConflictError } from '../errors/glossa-error';
import { EventLog } from '../events/event-log';
import { erasePersonFromEvents } from '../events/person-erasure';
import { eraseNotificationsOf } from '../notifications/notification-erasure';
import { leaveEverySeminar, seminarsOnlyOwnedBy } from '../seminars/membership-erasure';
import { eraseRepliesOf } from '../threads/reply-erasure';
import { AccountSessionsService } from './account-sessions.service';
import { PasswordConfirmation } from './password-confirmation';

/** The name a closed account's posts show, in the API, the web client and replayed events. */
export const CLOSED_ACCOUNT_NAME = 'Deleted account';

/**
 * Closes an account (docs/accounts.md, "Deleting an account"), all in one transaction: refused while
 * the person is the last owner of a seminar; otherwise they leave every seminar, every session is
 * signed out, their posts keep their places in their threads with their text removed, and their
 * name and email go from the account and from the event log. The account row stays as a nameless
 * tombstone because the posts (and others' replies to them) still point at it.
 */
@Injectable()
export class AccountDeletionService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly events: EventLog,
    private readonly sessions: AccountSessionsService,
    private readonly confirmation: PasswordConfirmation,
  ) {}

  async delete(viewer: Viewer, password: string, address: string): Promise<void> {
    await this.confirmation.confirm(viewer, password, address);
    await this.transactions.run(async (tx) => {
      const onlyOwned = await seminarsOnlyOwnedBy(tx, viewer.userId);
      if (onlyOwned.length > 0) {
        const names = onlyOwned.map((s) => `“${s.name}”`).join(', ');
        throw new ConflictError(
          `You are the only owner of ${names}: make someone else an owner there first, then delete your account.`,
          { reason: 'LAST_OWNER', seminars: onlyOwned },
        );
      }
      await tx.manager.query(
        `UPDATE users SET email = $2, display_name = $3, password_hash = '!', pending_email = NULL,
                pending_email_requested_at = NULL, deleted_at = now(), updated_at = now()
          WHERE id = $1`,
        [viewer.userId, `deleted-${viewer.userId}@deleted.invalid`, CLOSED_ACCOUNT_NAME],
      );
      // An address asked for is personal data too; its link would be refused anyway.
      await tx.manager.query(`DELETE FROM email_changes WHERE user_id = $1`, [viewer.userId]);
      await eraseAnnotationsOf(tx, viewer.userId);
      await eraseRepliesOf(tx, viewer.userId);
      await eraseClaimsOf(tx, viewer.userId);
      await eraseNotificationsOf(tx, viewer.userId);
      await erasePersonFromEvents(tx, viewer.userId, CLOSED_ACCOUNT_NAME);
      await leaveEverySeminar(tx, this.events, viewer.userId);
      await this.sessions.endAllBut(tx, viewer.userId, null);
    });
  }
}
