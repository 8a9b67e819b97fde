import { Module } from '@nestjs/common';
import { SeminarsModule } from '../seminars/seminars.module';
import { ReadingRevisionResolver, ReadingsResolver, SeminarReadingsResolver } from './readings.resolver';
import { ReadingsService } from './readings.service';
import { RevisionListeners } from './revision-listeners';

@Module({
  imports: [SeminarsModule],
  providers: [ReadingsService, RevisionListeners, ReadingsResolver, ReadingRevisionResolver, SeminarReadingsResolver],
  exports: [ReadingsService, RevisionListeners],
})
export class ReadingsModule {}
