import { Module } from '@nestjs/common';
import { SeminarDebatesResolver } from './debates.resolver';
import { DebatesService } from './debates.service';

@Module({
  providers: [DebatesService, SeminarDebatesResolver],
  exports: [DebatesService],
})
export class DebatesModule {}
