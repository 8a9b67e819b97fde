import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** How a member hears of mentions and replies by email: at once, in a daily digest (the default), or not at all. */
export type MailFrequency = 'IMMEDIATE' | 'DAILY' | 'OFF';
export const MAIL_FREQUENCIES: readonly MailFrequency[] = ['IMMEDIATE', 'DAILY', 'OFF'];

export interface MailPreference {
  frequency: MailFrequency;
  /** The secret of the one-click unsubscribe link (a random token; it can only turn mail off and on). */
  unsubscribeToken: string;
}

/** Each member's choice of mail about mentions and replies (`mail_preferences`); a row is made on first need. */
@Injectable()
export class MailPreferencesService {
  constructor(private readonly dataSource: DataSource) {}

  /** The member's choice, making their row (DAILY) if they have none. */
  async of(userId: string, manager: EntityManager = this.dataSource.manager): Promise<MailPreference> {
    const rows: Array<{ frequency: MailFrequency; unsubscribe_token: string }> = await manager.query(
      `INSERT INTO mail_preferences (user_id, unsubscribe_token) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET user_id = EXCLUDED.user_id
       RETURNING frequency, unsubscribe_token`,
      [userId, randomBytes(24).toString('base64url')],
    );
    return { frequency: rows[0].frequency, unsubscribeToken: rows[0].unsubscribe_token };
  }

  async set(userId: string, frequency: MailFrequency): Promise<MailPreference> {
    await this.of(userId);
    await this.dataSource.query(`UPDATE mail_preferences SET frequency = $2, updated_at = now() WHERE user_id = $1`, [
      userId,
      frequency,
    ]);
    return this.of(userId);
  }

  /** Sets the frequency of whoever holds this unsubscribe token; false when the token is unknown. */
  async setByToken(token: string, frequency: MailFrequency): Promise<boolean> {
    const [, changed]: [unknown, number] = await this.dataSource.query(
      `UPDATE mail_preferences SET frequency = $2, updated_at = now() WHERE unsubscribe_token = $1`,
      [token, frequency],
    );
    return changed > 0;
  }
}
