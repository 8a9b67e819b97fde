import { Module } from '@nestjs/common';
import { AssignmentRulesModule } from '../assignment-rules/assignment-rules.module';
import { AnnotationsModule } from '../annotations/annotations.module';
import { AuthModule } from '../auth/auth.module';
import { ReadingsModule } from '../readings/readings.module';
import { SeminarsModule } from '../seminars/seminars.module';
import { ThreadsModule } from '../threads/threads.module';
import { ClaimAccess } from './claim-access';
import { ClaimCommandsService } from './claim-commands.service';
import { ClaimEvents } from './claim-events';
import { ClaimEvidenceService } from './claim-evidence.service';
import { ClaimModerationService } from './claim-moderation.service';
import { ClaimReadsService } from './claim-reads.service';
import { ClaimVotesService } from './claim-votes.service';
import { DebateExportResolver } from './debate-export.resolver';
import { DebateExportService } from './debate-export.service';
import { CitationsResolver, ClaimsResolver, DebatesResolver, SeminarDebatesResolver } from './debates.resolver';
import { DebatesService } from './debates.service';

@Module({
  imports: [AuthModule, SeminarsModule, ReadingsModule, AnnotationsModule, ThreadsModule, AssignmentRulesModule],
  providers: [
    DebatesService,
    ClaimAccess,
    ClaimEvents,
    ClaimCommandsService,
    ClaimReadsService,
    ClaimVotesService,
    ClaimEvidenceService,
    ClaimModerationService,
    DebatesResolver,
    ClaimsResolver,
    SeminarDebatesResolver,
    CitationsResolver,
    DebateExportService,
    DebateExportResolver,
  ],
  exports: [DebatesService, ClaimCommandsService, ClaimReadsService, ClaimVotesService, ClaimModerationService],
})
export class DebatesModule {}
