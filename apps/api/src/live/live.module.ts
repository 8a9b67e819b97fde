import { Module } from '@nestjs/common';
import { AnnotationsModule } from '../annotations/annotations.module';
import { AuthModule } from '../auth/auth.module';
import { DebatesModule } from '../debates/debates.module';
import { ReadingsModule } from '../readings/readings.module';
import { SeminarsModule } from '../seminars/seminars.module';
import { LiveActivityResolver } from './live-activity.resolver';
import { LiveHandsService } from './live-hands.service';
import { LivePeople } from './live-people';
import { LivePollsService } from './live-polls.service';
import { LiveRoundsService } from './live-rounds.service';
import { LiveSessionsResolver } from './live-sessions.resolver';
import { LiveSessionsService } from './live-sessions.service';
import { LiveSpotlightsService } from './live-spotlights.service';
import { LiveStateService } from './live-state.service';
import {
  DebateLiveSessionResolver,
  ReadingLiveSessionResolver,
  SeminarLiveSessionsResolver,
} from './live-subjects.resolver';
import { LiveSummaryService } from './live-summary.service';

/** Live seminar mode (docs/live-sessions.md). The realtime module asks it who may join a session's room. */
@Module({
  imports: [AuthModule, SeminarsModule, ReadingsModule, AnnotationsModule, DebatesModule],
  providers: [
    LiveStateService,
    LiveSummaryService,
    LiveSessionsService,
    LiveSpotlightsService,
    LivePollsService,
    LiveRoundsService,
    LiveHandsService,
    LivePeople,
    LiveSessionsResolver,
    LiveActivityResolver,
    ReadingLiveSessionResolver,
    DebateLiveSessionResolver,
    SeminarLiveSessionsResolver,
  ],
  exports: [LiveSessionsService],
})
export class LiveModule {}
