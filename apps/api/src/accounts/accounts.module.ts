import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AccountDeletionService } from './account-deletion.service';
import { AccountProfileService } from './account-profile.service';
import { AccountSessionsService } from './account-sessions.service';
import { AccountsResolver } from './accounts.resolver';
import { PasswordConfirmation } from './password-confirmation';

/** A person's own account: name, password, email, sessions, closing it (docs/accounts.md). */
@Module({
  imports: [AuthModule],
  providers: [
    AccountsResolver,
    AccountProfileService,
    AccountSessionsService,
    AccountDeletionService,
    PasswordConfirmation,
  ],
})
export class AccountsModule {}
