import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AccountDeletionService } from './account-deletion.service';
import { AccountProfileService } from './account-profile.service';
import { AccountSessionsService } from './account-sessions.service';
import { AccountsResolver } from './accounts.resolver';
import { EmailChangeService } from './email-change.service';
import { MailModule } from '../mail/mail.module';
import { PasswordConfirmation } from './password-confirmation';

/** A person's own account: name, password, email, sessions, closing it (docs/accounts.md). */
@Module({
  imports: [AuthModule, MailModule],
  providers: [
    AccountsResolver,
    AccountProfileService,
    AccountSessionsService,
    AccountDeletionService,
    PasswordConfirmation,
    EmailChangeService,
  ],
})
export class AccountsModule {}
