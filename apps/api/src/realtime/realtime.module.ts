import { ReadingRoomRecheck } from './reading-room-recheck.service';
import { AssignmentRulesModule } from '../assignment-rules/assignment-rules.module';
import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { DebatesModule } from '../debates/debates.module';
import { LiveModule } from '../live/live.module';
import { ReadingsModule } from '../readings/readings.module';
import { SeminarsModule } from '../seminars/seminars.module';
import { ThreadsModule } from '../threads/threads.module';
import { AccessRevocationService } from './access-revocation.service';
import { HeartbeatService } from './heartbeat.service';
import { PresenceService } from './presence.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { REALTIME_OPTIONS } from './realtime-options';
import { RealtimeServer } from './realtime-server';
import { RealtimeGateway } from './realtime.gateway';
import { RoomAccessService } from './room-access.service';
import { SessionRegistry } from './session-registry';
import { SubscriptionsService } from './subscriptions.service';
import { TypingRelayService } from './typing-relay.service';

/**
 * Live collaboration over Socket.IO (docs/design.md §Realtime): the gateway, presence and typing, and the
 * delivery of the event log (events/, EventsModule) to the rooms.
 */
@Module({
  imports: [
    AuthModule,
    SeminarsModule,
    ReadingsModule,
    ThreadsModule,
    DebatesModule,
    LiveModule,
    AssignmentRulesModule,
  ],
  providers: [
    { provide: REALTIME_OPTIONS, useFactory: (config: AppConfig) => config.realtime, inject: [APP_CONFIG] },
    RealtimeServer,
    SessionRegistry,
    RoomAccessService,
    SubscriptionsService,
    PresenceService,
    TypingRelayService,
    HeartbeatService,
    AccessRevocationService,
    ReadingRoomRecheck,
    RealtimeGateway,
  ],
  exports: [RealtimeServer, HeartbeatService, PresenceService],
})
export class RealtimeModule {}
