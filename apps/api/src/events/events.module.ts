import { Global, Module } from '@nestjs/common';
import { EventLog } from './event-log';
import { EventPublisher } from './event-publisher';

/** The event log every module writes its changes to; the gateway (RealtimeModule) delivers them. */
@Global()
@Module({ providers: [EventLog, EventPublisher], exports: [EventLog, EventPublisher] })
export class EventsModule {}
