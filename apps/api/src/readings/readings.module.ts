import { Module } from '@nestjs/common';
import { SeminarsModule } from '../seminars/seminars.module';
import { ReadingRevisionResolver, ReadingsResolver, SeminarReadingsResolver } from './readings.resolver';
import { ReadingsService } from './readings.service';

@Module({
  imports: [SeminarsModule],
  providers: [ReadingsService, ReadingsResolver, ReadingRevisionResolver, SeminarReadingsResolver],
  exports: [ReadingsService],
})
export class ReadingsModule {}
