import { Module } from '@nestjs/common';
import { AnnotationsModule } from '../annotations/annotations.module';
import { AuthModule } from '../auth/auth.module';
import { ReadingsModule } from '../readings/readings.module';
import { SeminarsModule } from '../seminars/seminars.module';
import { ThreadsModule } from '../threads/threads.module';
import { ExportController } from './export.controller';
import { ExportService } from './export.service';
import { ImportLedger } from './import-ledger';
import { ImportService } from './import.service';
import { AnnotationProvenanceResolver, InterchangeResolver, ReplyProvenanceResolver } from './interchange.resolver';

/** Export and import of annotations (W3C Web Annotation, Hypothesis JSON, Markdown discussions). */
@Module({
  imports: [AuthModule, SeminarsModule, ReadingsModule, AnnotationsModule, ThreadsModule],
  controllers: [ExportController],
  providers: [
    ExportService,
    ImportService,
    ImportLedger,
    InterchangeResolver,
    AnnotationProvenanceResolver,
    ReplyProvenanceResolver,
  ],
})
export class InterchangeModule {}
