import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { DevOutbox } from './dev-outbox';
import { Mailer } from './mailer';

/** Sends email from the job queue, over SMTP or into the development outbox (docs/email.md). */
@Module({ imports: [JobsModule], providers: [Mailer, DevOutbox], exports: [Mailer, DevOutbox] })
export class MailModule {}
