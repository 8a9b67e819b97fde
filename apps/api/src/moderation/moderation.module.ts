import { Module } from '@nestjs/common';
import { AnnotationsModule } from '../annotations/annotations.module';
import { AuthModule } from '../auth/auth.module';
import { DebatesModule } from '../debates/debates.module';
import { SeminarsModule } from '../seminars/seminars.module';
import { ThreadsModule } from '../threads/threads.module';
import { FlagsService } from './flags.service';
import { ModerationActionsService } from './moderation-actions.service';
import { ModerationAuditLog } from './moderation-audit-log';
import { ModerationQueueService } from './moderation-queue.service';
import { ModerationResolver } from './moderation.resolver';
import { ModerationSubjects } from './moderation-subjects';

@Module({
  imports: [AuthModule, SeminarsModule, AnnotationsModule, ThreadsModule, DebatesModule],
  providers: [
    ModerationSubjects,
    ModerationAuditLog,
    FlagsService,
    ModerationActionsService,
    ModerationQueueService,
    ModerationResolver,
  ],
  exports: [FlagsService, ModerationActionsService, ModerationAuditLog],
})
export class ModerationModule {}
