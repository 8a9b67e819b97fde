import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MembershipResolver } from './membership.resolver';
import { SeminarAccessService } from './seminar-access.service';
import { SeminarActivityService } from './seminar-activity.service';
import { SeminarsResolver } from './seminars.resolver';
import { SeminarsService } from './seminars.service';

@Module({
  imports: [AuthModule],
  providers: [SeminarsService, SeminarAccessService, SeminarActivityService, SeminarsResolver, MembershipResolver],
  exports: [SeminarsService, SeminarAccessService],
})
export class SeminarsModule {}
