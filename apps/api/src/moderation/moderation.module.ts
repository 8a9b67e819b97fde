import { Module } from '@nestjs/common';
import { AnnotationsModule } from '../annotations/annotations.module';
import { DebatesModule } from '../debates/debates.module';
import { SeminarsModule } from '../seminars/seminars.module';
import { ThreadsModule } from '../threads/threads.module';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';

@Module({
  imports: [SeminarsModule, AnnotationsModule, ThreadsModule, DebatesModule],
  providers: [ModerationService, ModerationResolver],
  exports: [ModerationService],
})
export class ModerationModule {}
