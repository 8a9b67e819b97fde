import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { UserModel } from '../auth/user.model';
import { UsersService } from '../auth/users.service';
import { RequestContext, Viewer } from '../graphql/request-context';
import { EditReplyInput, ReactInput, ReplyInput, ReplyRefInput } from './dto/thread.inputs';
import { renderMarkdown } from './markdown';
import { ReactionsService } from './reactions.service';
import { ReactionSummaryModel, ReplyModel } from './thread.models';
import { ThreadsService } from './threads.service';

@Resolver(() => ReplyModel)
export class ThreadsResolver {
  constructor(
    private readonly service: ThreadsService,
    private readonly reactionsService: ReactionsService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => ReplyModel, { description: 'Replies in a discussion (members and above).' })
  async reply(@CurrentViewer() viewer: Viewer, @Args('input') input: ReplyInput): Promise<ReplyModel> {
    return ReplyModel.from(await this.service.reply(viewer, input));
  }

  @Mutation(() => ReplyModel, { description: 'Edits one’s own reply; it shows as edited.' })
  async editReply(@CurrentViewer() viewer: Viewer, @Args('input') input: EditReplyInput): Promise<ReplyModel> {
    return ReplyModel.from(await this.service.edit(viewer, input));
  }

  @Mutation(() => ReplyModel, { description: 'Deletes one’s own reply; its place in the thread stays.' })
  async deleteReply(@CurrentViewer() viewer: Viewer, @Args('input') input: ReplyRefInput): Promise<ReplyModel> {
    return ReplyModel.from(await this.service.remove(viewer, input.replyId));
  }

  @Mutation(() => [ReactionSummaryModel], {
    description: 'Adds or takes back a reaction to a reply; returns its reactions after.',
  })
  async reactToReply(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReactInput,
    @Context() context: RequestContext,
  ): Promise<ReactionSummaryModel[]> {
    await this.service.reactToReply(viewer, input);
    return this.reactionsService.summaries(context).load(`comment:${input.subjectId}`);
  }

  @ResolveField(() => UserModel)
  async author(@Parent() reply: ReplyModel, @Context() context: RequestContext): Promise<UserModel> {
    return UserModel.from(
      (await this.users.byId(context).load(reply.authorId)) ?? { id: reply.authorId, displayName: 'Former member' },
    );
  }

  @ResolveField(() => String, {
    description: 'The body rendered to safe HTML (no scripts, handlers or javascript: links).',
  })
  bodyHtml(@Parent() reply: ReplyModel): string {
    return renderMarkdown(reply.body);
  }

  @ResolveField(() => [ReactionSummaryModel])
  reactions(@Parent() reply: ReplyModel, @Context() context: RequestContext): Promise<ReactionSummaryModel[]> {
    return this.reactionsService.summaries(context).load(`comment:${reply.id}`);
  }
}
