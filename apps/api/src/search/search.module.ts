import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { SeminarsModule } from '../seminars/seminars.module';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

@Module({
  imports: [AuthModule, SeminarsModule],
  providers: [SearchService, SearchResolver],
})
export class SearchModule {}
