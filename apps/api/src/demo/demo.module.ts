import { Module } from '@nestjs/common';
import { AnnotationsModule } from '../annotations/annotations.module';
import { AuthModule } from '../auth/auth.module';
import { DebatesModule } from '../debates/debates.module';
import { ModerationModule } from '../moderation/moderation.module';
import { ReadingsModule } from '../readings/readings.module';
import { SeminarsModule } from '../seminars/seminars.module';
import { ThreadsModule } from '../threads/threads.module';
import { DemoActions } from './demo-actions';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [
    AuthModule,
    SeminarsModule,
    ReadingsModule,
    AnnotationsModule,
    ThreadsModule,
    DebatesModule,
    ModerationModule,
  ],
  providers: [DemoActions, DemoSeeder],
})
export class DemoModule {}
