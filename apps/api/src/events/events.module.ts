import { Global, Module } from '@nestjs/common';
import { EventLog } from './event-log';
import { EventPublisher } from './event-publisher';
import { EventRedaction } from './event-redaction';

/** The event log every module writes its changes to; the gateway (RealtimeModule) delivers them. */
@Global()
@Module({ providers: [EventLog, EventPublisher, EventRedaction], exports: [EventLog, EventPublisher, EventRedaction] })
export class EventsModule {}
