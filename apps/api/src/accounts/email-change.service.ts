import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import type { Viewer } from '../auth/viewer';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { isUniqueViolation, TransactionRunner } from '../database/transaction-runner';
import { BadUserInputError, ConflictError, NotFoundError, RateLimitedError } from '../errors/glossa-error';
import { Mailer } from '../mail/mailer';
import { RateLimitStore } from '../rate-limits/rate-limit-store';
import { emailChangedMail, emailChangeMail } from './email-change-mail';
import { PasswordConfirmation } from './password-confirmation';

/** Why a confirmation link was refused, as `extensions.reason` (with code BAD_USER_INPUT). */
export type EmailLinkRefusal = 'EMAIL_LINK_UNKNOWN' | 'EMAIL_LINK_USED' | 'EMAIL_LINK_EXPIRED';

const REFUSALS: Record<EmailLinkRefusal, string> = {
  EMAIL_LINK_UNKNOWN:
    'This confirmation link is not valid (a newer request replaces an older one). Ask again from your account page.',
  EMAIL_LINK_USED: 'This confirmation link has been used already.',
  EMAIL_LINK_EXPIRED: 'This confirmation link has expired. Ask again from your account page.',
};

export class EmailLinkError extends BadUserInputError {
  constructor(readonly reason: EmailLinkRefusal) {
    super(REFUSALS[reason], { reason });
  }
}

/** How long a confirmation link works: long enough to reach another mailbox, on another device. */
export const EMAIL_CHANGE_LINK_HOURS = 24;

/** Confirmation emails one account may have sent per hour (each goes to an address it names). */
const REQUESTS_PER_HOUR = 5;

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Changing one's email (docs/accounts.md): asking, given the password, records the pending address
 * and emails it a single-use link that expires; following the link makes it the account's email and
 * tells the old address. Until then the account keeps signing in with its current email.
 */
@Injectable()
export class EmailChangeService {
  private readonly perAccount: RateLimiterAbstract;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly mailer: Mailer,
    private readonly confirmation: PasswordConfirmation,
    private readonly auth: AuthService,
    store: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'mail'>,
  ) {
    this.perAccount = store.counter({ name: 'email-change:user', points: REQUESTS_PER_HOUR, durationSeconds: 3600 });
  }

  /**
   * Records `newEmail` as pending and emails it a confirmation link, in one transaction (no link
   * without its message, no message for a rolled-back request). Asking again replaces the pending
   * address, and the older link stops working.
   */
  async request(viewer: Viewer, newEmail: string, password: string, address: string): Promise<void> {
    await this.confirmation.confirm(viewer, password, address);
    const email = newEmail.trim().toLowerCase();
    if (email === viewer.email.toLowerCase()) throw new BadUserInputError('That is already this account’s email.');
    const taken: unknown[] = await this.dataSource.query(`SELECT 1 FROM users WHERE lower(email) = $1`, [email]);
    if (taken.length > 0) throw new ConflictError('An account with this email already exists.');
    await this.take(viewer.userId);
    const token = randomBytes(32).toString('base64url');
    await this.transactions.run(async ({ manager }) => {
      const [rows]: [Array<{ display_name: string }>, number] = await manager.query(
        `UPDATE users SET pending_email = $2, pending_email_requested_at = now() WHERE id = $1 AND deleted_at IS NULL
          RETURNING display_name`,
        [viewer.userId, email],
      );
      if (!rows[0]) throw new NotFoundError('This account was closed.');
      await manager.query(`DELETE FROM email_changes WHERE user_id = $1 AND used_at IS NULL`, [viewer.userId]);
      await manager.query(
        `INSERT INTO email_changes (user_id, new_email, token_hash, expires_at)
         VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
        [viewer.userId, email, tokenHash(token), EMAIL_CHANGE_LINK_HOURS],
      );
      const link = `${this.config.mail.publicUrl}/confirm-email?token=${token}`;
      await this.mailer.queue(manager, emailChangeMail(email, rows[0].display_name, link, EMAIL_CHANGE_LINK_HOURS));
    });
  }

  /**
   * Makes a link's address the account's email and tells the old one; returns the new address.
   * The link is the proof (it reached that mailbox, and asking for it took the password), so it
   * works signed in or not, on any device.
   */
  async confirm(token: string): Promise<string> {
    const confirmed = await this.transactions
      .run(async ({ manager }) => {
        const rows: Array<{ id: string; user_id: string; new_email: string; used: boolean; expired: boolean }> =
          await manager.query(
            `SELECT c.id, c.user_id, c.new_email, c.used_at IS NOT NULL AS used, c.expires_at <= now() AS expired
             FROM email_changes c JOIN users u ON u.id = c.user_id AND u.deleted_at IS NULL
            WHERE c.token_hash = $1 FOR UPDATE OF c`,
            [tokenHash(token)],
          );
        const link = rows[0];
        if (!link) throw new EmailLinkError('EMAIL_LINK_UNKNOWN');
        if (link.used) throw new EmailLinkError('EMAIL_LINK_USED');
        if (link.expired) throw new EmailLinkError('EMAIL_LINK_EXPIRED');
        const before: Array<{ email: string; display_name: string }> = await manager.query(
          `SELECT email, display_name FROM users WHERE id = $1 FOR UPDATE`,
          [link.user_id],
        );
        await manager.query(
          `UPDATE users SET email = $2, pending_email = NULL, pending_email_requested_at = NULL, updated_at = now()
          WHERE id = $1`,
          [link.user_id, link.new_email],
        );
        await manager.query(`UPDATE email_changes SET used_at = now() WHERE id = $1`, [link.id]);
        await this.mailer.queue(manager, emailChangedMail(before[0].email, before[0].display_name, link.new_email));
        return { userId: link.user_id, email: link.new_email };
      })
      .catch((error: unknown) => {
        // Another account took the address between the request and the confirmation.
        if (isUniqueViolation(error, 'users_email_key'))
          throw new ConflictError('An account with this email already exists.');
        throw error;
      });
    // Sessions found valid a moment ago carry the old address; the next request reads the new one.
    const sessions: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`,
      [confirmed.userId],
    );
    for (const { id } of sessions) this.auth.forgetSession(id);
    return confirmed.email;
  }

  private async take(userId: string): Promise<void> {
    try {
      await this.perAccount.consume(userId);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      throw new RateLimitedError('Too many confirmation emails were asked for; try again later.', {
        retryAfterSeconds,
      });
    }
  }
}
