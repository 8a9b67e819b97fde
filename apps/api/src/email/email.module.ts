import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { DevOutboxResolver } from './dev-outbox.resolver';

/** What people see of Glossa's email: the development outbox page's API (docs/email.md). */
@Module({ imports: [MailModule], providers: [DevOutboxResolver] })
export class EmailModule {}
