import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SeminarsModule } from '../seminars/seminars.module';
import { ReactionsService } from './reactions.service';
import { ThreadsResolver } from './threads.resolver';
import { ThreadsService } from './threads.service';
import { ThreadSubjects } from './thread-subjects';

@Module({
  imports: [AuthModule, SeminarsModule, NotificationsModule],
  providers: [ThreadsService, ReactionsService, ThreadsResolver, ThreadSubjects],
  exports: [ThreadsService, ReactionsService, ThreadSubjects],
})
export class ThreadsModule {}
