import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, viewerOf } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { RequestContext } from '../graphql/request-context';
import { EditReplyInput, ReactInput, ReplyInput, ReplyRefInput } from './dto/thread.inputs';
import { ReactionsService } from './reactions.service';
import { ReactionSummaryModel, ReplyModel } from './thread.models';
import { ReplyCommands } from './reply-commands.service';
import { ThreadReadModel } from './thread-read-model';

@Resolver(() => ReplyModel)
export class ThreadsResolver {
  constructor(
    private readonly commands: ReplyCommands,
    private readonly readModel: ThreadReadModel,
    private readonly reactionsService: ReactionsService,
  ) {}

  @Mutation(() => ReplyModel, { description: 'Replies in a discussion (members and above).' })
  async reply(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReplyInput,
    @Context() context: RequestContext,
  ): Promise<ReplyModel> {
    return this.readModel.replyModel(viewerOf(context), await this.commands.reply(viewer, input));
  }

  @Mutation(() => ReplyModel, { description: 'Edits one’s own reply; it shows as edited.' })
  async editReply(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: EditReplyInput,
    @Context() context: RequestContext,
  ): Promise<ReplyModel> {
    return this.readModel.replyModel(viewerOf(context), await this.commands.edit(viewer, input));
  }

  @Mutation(() => ReplyModel, { description: 'Deletes one’s own reply; its place in the thread stays.' })
  async deleteReply(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReplyRefInput,
    @Context() context: RequestContext,
  ): Promise<ReplyModel> {
    return this.readModel.replyModel(viewerOf(context), await this.commands.remove(viewer, input.replyId));
  }

  @Mutation(() => [ReactionSummaryModel], {
    description: 'Adds or takes back a reaction to a reply; returns its reactions after.',
  })
  async reactToReply(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReactInput,
    @Context() context: RequestContext,
  ): Promise<ReactionSummaryModel[]> {
    await this.commands.reactToReply(viewer, input);
    return this.reactionsService.summaries(viewerOf(context)).load(`comment:${input.subjectId}`);
  }
}
