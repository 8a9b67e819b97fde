import { Module } from '@nestjs/common';
import { AnnotationsModule } from '../annotations/annotations.module';
import { AuthModule } from '../auth/auth.module';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReadingsModule } from '../readings/readings.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { SeminarsModule } from '../seminars/seminars.module';
import { ThreadsModule } from '../threads/threads.module';
import { DevOutboxResolver } from './dev-outbox.resolver';
import { DigestClock } from './digest-clock';
import { MailNoticesService } from './mail-notices.service';
import { MailPreferencesResolver } from './mail-preferences.resolver';
import { MailPreferencesService } from './mail-preferences.service';
import { UnsubscribeController } from './unsubscribe.controller';

/**
 * What members receive by email about the seminar: mentions at once or as a daily digest, their
 * choice of it, one-click unsubscribe, and the development outbox page's API (docs/email.md).
 */
@Module({
  imports: [
    MailModule,
    JobsModule,
    AuthModule,
    NotificationsModule,
    SeminarsModule,
    ReadingsModule,
    AnnotationsModule,
    ThreadsModule,
    RealtimeModule,
  ],
  controllers: [UnsubscribeController],
  providers: [DevOutboxResolver, MailPreferencesService, MailPreferencesResolver, MailNoticesService, DigestClock],
  exports: [MailNoticesService, DigestClock],
})
export class EmailModule {}
