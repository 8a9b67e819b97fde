import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { DebatesModule } from '../debates/debates.module';
import { ReadingsModule } from '../readings/readings.module';
import { SeminarsModule } from '../seminars/seminars.module';
import { AssignmentCommands } from './assignment-commands';
import { AssignmentReads } from './assignment-reads';
import { AssignmentRulesModule } from '../assignment-rules/assignment-rules.module';
import { AssignmentsResolver } from './assignments.resolver';

/** Assignments (docs/assignments.md): the leaders' mutations and everyone's list, over its own tables. */
@Module({
  imports: [AuthModule, SeminarsModule, ReadingsModule, DebatesModule, AssignmentRulesModule],
  providers: [AssignmentReads, AssignmentCommands, AssignmentsResolver],
})
export class AssignmentsModule {}
