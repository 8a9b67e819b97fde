import { Module } from '@nestjs/common';
import { AssignmentRulesModule } from '../assignment-rules/assignment-rules.module';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [AssignmentRulesModule],
  providers: [NotificationsService, NotificationsResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}
