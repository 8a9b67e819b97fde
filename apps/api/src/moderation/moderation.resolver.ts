import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { DebateModel } from '../debates/debate.model';
import type { Viewer } from '../auth/viewer';
import { uuidArg } from '../graphql/uuid.pipe';
import { Connection } from '../pagination/connection.model';
import { PageArgs } from '../pagination/page.args';
import { CloseFlagInput, FlagInput, ModerateDebateInput, ModeratePostInput } from './moderation.inputs';
import {
  FlagModel,
  ModerationActionConnection,
  ModerationActionModel,
  ModerationQueueItemModel,
} from './moderation.models';
import { FlagsService } from './flags.service';
import { ModerationActionsService } from './moderation-actions.service';
import { ModerationAuditLog } from './moderation-audit-log';
import { ModerationQueueService } from './moderation-queue.service';

@ArgsType()
export class ModerationLogArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'seminarId must be a UUID' })
  seminarId!: string;
}

@Resolver()
export class ModerationResolver {
  constructor(
    private readonly flags: FlagsService,
    private readonly actions: ModerationActionsService,
    private readonly desk: ModerationQueueService,
    private readonly auditLog: ModerationAuditLog,
  ) {}

  @Mutation(() => FlagModel, { description: 'Asks the moderators to look at a post (any member, observers too).' })
  flag(@CurrentViewer() viewer: Viewer, @Args('input') input: FlagInput): Promise<FlagModel> {
    return this.flags.flag(viewer, input);
  }

  @Mutation(() => ModerationActionModel, {
    description:
      'Approves, hides, restores, removes, pins or locks a post (moderators and owners); answers CONFLICT when its state already changed.',
  })
  moderatePost(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ModeratePostInput,
  ): Promise<ModerationActionModel> {
    return this.actions.moderatePost(viewer, input);
  }

  @Mutation(() => DebateModel, {
    description: 'Locks, unlocks or archives a debate, or sets its slow mode or moderation mode.',
  })
  async moderateDebate(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ModerateDebateInput,
  ): Promise<DebateModel> {
    return DebateModel.from(await this.actions.moderateDebate(viewer, input));
  }

  @Mutation(() => FlagModel, { description: 'Resolves or dismisses an open flag.' })
  closeFlag(@CurrentViewer() viewer: Viewer, @Args('input') input: CloseFlagInput): Promise<FlagModel> {
    return this.flags.closeFlag(viewer, input);
  }

  @Query(() => [ModerationQueueItemModel], {
    description: 'Pending posts and open flags, oldest first (moderators and owners).',
  })
  moderationQueue(
    @CurrentViewer() viewer: Viewer,
    @Args('seminarId', { type: () => ID }, uuidArg) seminarId: string,
  ): Promise<ModerationQueueItemModel[]> {
    return this.desk.queue(viewer, seminarId);
  }

  @Query(() => ModerationActionConnection, { description: 'The audit log, newest first (moderators and owners).' })
  moderationLog(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ModerationLogArgs,
  ): Promise<Connection<ModerationActionModel>> {
    return this.auditLog.page(viewer, args.seminarId, args);
  }
}
