import { Module } from '@nestjs/common';
import { AnnotationsModule } from '../annotations/annotations.module';
import { AuthModule } from '../auth/auth.module';
import { ReadingsModule } from '../readings/readings.module';
import { SeminarsModule } from '../seminars/seminars.module';
import { ThreadsModule } from '../threads/threads.module';
import { ClaimsService } from './claims.service';
import { DebateExportResolver } from './debate-export.resolver';
import { DebateExportService } from './debate-export.service';
import { CitationsResolver, ClaimsResolver, DebatesResolver, SeminarDebatesResolver } from './debates.resolver';
import { DebatesService } from './debates.service';

@Module({
  imports: [AuthModule, SeminarsModule, ReadingsModule, AnnotationsModule, ThreadsModule],
  providers: [
    DebatesService,
    ClaimsService,
    DebatesResolver,
    ClaimsResolver,
    SeminarDebatesResolver,
    CitationsResolver,
    DebateExportService,
    DebateExportResolver,
  ],
  exports: [DebatesService, ClaimsService],
})
export class DebatesModule {}
