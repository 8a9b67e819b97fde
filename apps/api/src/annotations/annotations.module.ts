import { Module } from '@nestjs/common';
import { AssignmentRulesModule } from '../assignment-rules/assignment-rules.module';
import { AuthModule } from '../auth/auth.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReadingsModule } from '../readings/readings.module';
import { ThreadsModule } from '../threads/threads.module';
import { AnnotationCommands } from './annotation-commands';
import { AnnotationCountsService } from './annotation-counts.service';
import { AnnotationEvidence } from './annotation-evidence';
import { AnnotationInterchange } from './annotation-interchange';
import { AnnotationModeration } from './annotation-moderation';
import { AnnotationReadModel } from './annotation-read-model';
import { AnnotationReanchoring } from './annotation-reanchoring';
import { AnnotationRelations } from './annotation-relations';
import { AnnotationsResolver, ReadingAnnotationsResolver } from './annotations.resolver';
import { OrphanReview } from './orphan-review';
import { OrphanReviewResolver } from './orphan-review.resolver';
import { AnnotationRevisionPreview } from './revision-preview';

@Module({
  imports: [AuthModule, ReadingsModule, ThreadsModule, NotificationsModule, AssignmentRulesModule],
  providers: [
    AnnotationCommands,
    AnnotationReadModel,
    AnnotationModeration,
    AnnotationEvidence,
    AnnotationInterchange,
    AnnotationReanchoring,
    AnnotationRelations,
    AnnotationCountsService,
    AnnotationsResolver,
    ReadingAnnotationsResolver,
    AnnotationRevisionPreview,
    OrphanReview,
    OrphanReviewResolver,
  ],
  exports: [
    AnnotationCommands,
    AnnotationReadModel,
    AnnotationModeration,
    AnnotationEvidence,
    AnnotationInterchange,
    AnnotationRelations,
    AnnotationRevisionPreview,
  ],
})
export class AnnotationsModule {}
