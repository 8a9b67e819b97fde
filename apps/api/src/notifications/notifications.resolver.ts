import { Args, ArgsType, Field, ID, InputType, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsUUID } from 'class-validator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { Connection, mapConnection } from '../pagination/connection.model';
import { PageArgs } from '../pagination/page.args';
import { NotificationConnection, NotificationModel } from './notification.model';
import { NotificationsService } from './notifications.service';

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { defaultValue: [], description: 'Which to mark read; empty marks all of mine.' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'ids must be UUIDs' })
  ids: string[] = [];
}

@ArgsType()
export class NotificationArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only those not yet read.' })
  @IsBoolean()
  unreadOnly = false;
}

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, { description: 'My notifications, newest first.' })
  async notifications(
    @CurrentViewer() viewer: Viewer,
    @Args() args: NotificationArgs,
  ): Promise<Connection<NotificationModel>> {
    return mapConnection(await this.service.list(viewer, args, args.unreadOnly), NotificationModel.from);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.unreadCount(viewer);
  }

  @Mutation(() => Int, { description: 'Marks notifications read; returns how many stay unread.' })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MarkNotificationsReadInput,
  ): Promise<number> {
    return this.service.markRead(viewer, input.ids);
  }
}
