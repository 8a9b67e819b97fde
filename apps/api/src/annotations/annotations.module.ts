import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReadingsModule } from '../readings/readings.module';
import { ThreadsModule } from '../threads/threads.module';
import { AnnotationCountsService } from './annotation-counts.service';
import { AnnotationRelations } from './annotation-relations';
import { AnnotationsResolver, ReadingAnnotationsResolver } from './annotations.resolver';
import { AnnotationsService } from './annotations.service';

@Module({
  imports: [AuthModule, ReadingsModule, ThreadsModule, NotificationsModule],
  providers: [AnnotationsService, AnnotationRelations, AnnotationCountsService, AnnotationsResolver, ReadingAnnotationsResolver],
  exports: [AnnotationsService, AnnotationRelations],
})
export class AnnotationsModule {}
