import { Module } from '@nestjs/common';
import { AssignmentRulesModule } from '../assignment-rules/assignment-rules.module';
import { AuthModule } from '../auth/auth.module';
import { ReadingsModule } from '../readings/readings.module';
import { SeminarsModule } from '../seminars/seminars.module';
import { DiscussionMapService } from './discussion-map.service';
import { LeaderToolsResolver } from './leader-tools.resolver';
import { ParticipationService } from './participation.service';

/** The leader's tools that read the class's discussion: the discussion map and participation. */
@Module({
  imports: [AuthModule, SeminarsModule, ReadingsModule, AssignmentRulesModule],
  providers: [DiscussionMapService, ParticipationService, LeaderToolsResolver],
})
export class AnalyticsModule {}
