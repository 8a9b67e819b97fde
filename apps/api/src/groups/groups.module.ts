import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { SeminarsModule } from '../seminars/seminars.module';
import { GroupCommands } from './group-commands';
import { GroupReads } from './group-reads';
import { GroupsResolver } from './groups.resolver';

/**
 * Small groups (docs/small-groups.md): owns `seminar_groups` and `seminar_group_members`. What a
 * group hides is an assignment rule (`assignment-rules/in-groups.ts`), which reads these tables.
 */
@Module({
  imports: [AuthModule, SeminarsModule],
  providers: [GroupReads, GroupCommands, GroupsResolver],
})
export class GroupsModule {}
