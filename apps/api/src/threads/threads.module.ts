import { Module } from '@nestjs/common';
import { AssignmentRulesModule } from '../assignment-rules/assignment-rules.module';
import { AuthModule } from '../auth/auth.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SeminarsModule } from '../seminars/seminars.module';
import { ReactionsService } from './reactions.service';
import { ReplyCommands } from './reply-commands.service';
import { ThreadInterchange } from './thread-interchange';
import { ThreadModeration } from './thread-moderation';
import { ThreadReadModel } from './thread-read-model';
import { ThreadSubjects } from './thread-subjects';
import { ThreadsResolver } from './threads.resolver';
import { ThreadsService } from './threads.service';

const SERVICES = [
  ThreadsService,
  ReplyCommands,
  ThreadReadModel,
  ThreadModeration,
  ThreadInterchange,
  ReactionsService,
  ThreadSubjects,
];

/**
 * Discussions under posts. Each service serves one kind of caller: `ThreadsService` the modules whose
 * posts have threads, `ReplyCommands` the members' mutations, `ThreadReadModel` the readers' fields,
 * `ThreadModeration` the moderation desk, `ThreadInterchange` export and import.
 */
@Module({
  imports: [AuthModule, SeminarsModule, NotificationsModule, AssignmentRulesModule],
  providers: [...SERVICES, ThreadsResolver],
  exports: SERVICES,
})
export class ThreadsModule {}
