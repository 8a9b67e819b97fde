import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { SignInThrottle } from '../auth/sign-in-throttle';
import type { Viewer } from '../auth/viewer';
import { BadUserInputError } from '../errors/glossa-error';

/**
 * Asks for the account's password before a change that matters (a new password, email or closing
 * the account), so an unattended signed-in browser is not enough. Wrong guesses count against the
 * same limits as sign-in (docs/sign-in-throttling.md), so a stolen session cannot guess it either.
 * Called before the change's transaction: the limits' store may share the embedded database's one
 * connection.
 */
@Injectable()
export class PasswordConfirmation {
  constructor(
    private readonly throttle: SignInThrottle,
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
  ) {}

  async confirm(viewer: Viewer, password: string, address: string): Promise<void> {
    const attempt = await this.throttle.begin(viewer.email, address);
    const rows: Array<{ password_hash: string }> = await this.dataSource.query(
      `SELECT password_hash FROM users WHERE id = $1 AND deleted_at IS NULL`,
      [viewer.userId],
    );
    if (!rows[0] || !(await this.passwords.verify(rows[0].password_hash, password))) {
      await this.throttle.failed(attempt);
      throw new BadUserInputError('The password is not right.', { reason: 'WRONG_PASSWORD', field: 'password' });
    }
    await this.throttle.succeeded(attempt);
  }
}
