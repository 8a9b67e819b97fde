import { RequestDrainModule } from './http/request-drain';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AccountsModule } from './accounts/accounts.module';
import { AnnotationsModule } from './annotations/annotations.module';
import { AuthModule } from './auth/auth.module';
import { AnonymityModule } from './anonymity/anonymity.module';
import { AnonymousModeModule } from './anonymous-mode/anonymous-mode.module';
import { ModerationModule } from './moderation/moderation.module';
import { NotificationsModule } from './notifications/notifications.module';
import { RateLimitsModule } from './rate-limits/rate-limits.module';
import { ThreadsModule } from './threads/threads.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseHost, DatabaseModule } from './database/database.module';
import { DebatesModule } from './debates/debates.module';
import { DemoModule } from './demo/demo.module';
import { GlossaErrorFilter } from './errors/glossa-error.filter';
import { CompiledQueryApolloDriver } from './graphql/compiled-query-apollo.driver';
import { graphqlOptions } from './graphql/graphql-options';
import { InputValidationPipe } from './graphql/input-validation.pipe';
import { HealthModule } from './health/health.module';
import { ReadingsModule } from './readings/readings.module';
import { EventsModule } from './events/events.module';
import { RealtimeModule } from './realtime/realtime.module';
import { SeminarsModule } from './seminars/seminars.module';
import { SearchModule } from './search/search.module';
import { AnalyticsModule } from './analytics/analytics.module';
import { AssignmentsModule } from './assignments/assignments.module';
import { GroupsModule } from './groups/groups.module';
import { InterchangeModule } from './interchange/interchange.module';
import { DocumentsModule } from './documents/documents.module';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { EmailModule } from './email/email.module';
import { LogSettings, ObservabilityModule } from './observability/observability.module';

@Module({})
export class AppModule {
  static forRoot(
    config: AppConfig,
    databaseHost: DatabaseHost,
    log: LogSettings = { level: config.logLevel },
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        RequestDrainModule,
        ObservabilityModule.forRoot(log),
        DatabaseModule.forRoot(databaseHost),
        EventsModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: CompiledQueryApolloDriver, ...graphqlOptions() }),
        AuthModule,
        AnonymityModule,
        SeminarsModule,
        ReadingsModule,
        DebatesModule,
        NotificationsModule,
        ThreadsModule,
        AnnotationsModule,
        RateLimitsModule,
        ModerationModule,
        DemoModule,
        RealtimeModule,
        SearchModule,
        AnalyticsModule,
        AssignmentsModule,
        GroupsModule,
        InterchangeModule,
        JobsModule,
        DocumentsModule,
        MailModule,
        EmailModule,
        HealthModule,
        AccountsModule,
        AnonymousModeModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: GlossaErrorFilter },
        {
          provide: APP_PIPE,
          useValue: new InputValidationPipe({
            whitelist: true,
            forbidNonWhitelisted: true,
            transform: true,
            stopAtFirstError: false,
          }),
        },
      ],
    };
  }
}
