import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { UserModel } from '../auth/user.model';
import { UsersService } from '../auth/users.service';
import { RequestContext, Viewer } from '../graphql/request-context';
import { uuidArg } from '../graphql/uuid.pipe';
import { Connection, mapConnection } from '../pagination/connection.model';
import { PageArgs } from '../pagination/page.args';
import { ReadingModel } from '../readings/reading.model';
import { ReactInput } from '../threads/dto/thread.inputs';
import { renderMarkdown } from '../threads/markdown';
import { ReactionsService } from '../threads/reactions.service';
import { ReactionSummaryModel, ReplyConnection, ReplyModel } from '../threads/thread.models';
import { ThreadsService } from '../threads/threads.service';
import { AnchorStatus } from './annotation-kinds';
import { AnnotationConnection, AnnotationModel } from './annotation.model';
import { AnnotationsService } from './annotations.service';
import {
  AnnotationFilterArgs,
  AnnotationRefInput,
  CreateAnnotationInput,
  UpdateAnnotationInput,
} from './dto/annotation.inputs';

@Resolver(() => AnnotationModel)
export class AnnotationsResolver {
  constructor(
    private readonly service: AnnotationsService,
    private readonly threads: ThreadsService,
    private readonly reactionsService: ReactionsService,
    private readonly users: UsersService,
  ) {}

  @Query(() => AnnotationModel)
  async annotation(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, uuidArg) id: string,
  ): Promise<AnnotationModel> {
    return AnnotationModel.from(await this.service.get(viewer, id));
  }

  @Mutation(() => AnnotationModel, {
    description: 'Highlights, comments on or questions a passage (members and above).',
  })
  async createAnnotation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateAnnotationInput,
  ): Promise<AnnotationModel> {
    return AnnotationModel.from(await this.service.create(viewer, input));
  }

  @Mutation(() => AnnotationModel, {
    description: 'Edits one’s own annotation (text, tags, colour, motivation, visibility).',
  })
  async updateAnnotation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateAnnotationInput,
  ): Promise<AnnotationModel> {
    return AnnotationModel.from(await this.service.update(viewer, input));
  }

  @Mutation(() => AnnotationModel, {
    description: 'Deletes one’s own annotation; with replies it stays as "deleted" so the thread keeps its shape.',
  })
  async deleteAnnotation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AnnotationRefInput,
  ): Promise<AnnotationModel> {
    return AnnotationModel.from(await this.service.remove(viewer, input.annotationId));
  }

  @Mutation(() => [ReactionSummaryModel], {
    description: 'Adds or takes back a reaction to an annotation; returns its reactions after.',
  })
  async reactToAnnotation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReactInput,
    @Context() context: RequestContext,
  ): Promise<ReactionSummaryModel[]> {
    await this.service.react(viewer, input);
    return this.reactionsService.summaries(context).load(`annotation:${input.subjectId}`);
  }

  @ResolveField(() => UserModel)
  async author(@Parent() annotation: AnnotationModel, @Context() context: RequestContext): Promise<UserModel> {
    return UserModel.from(
      (await this.users.byId(context).load(annotation.authorId)) ?? {
        id: annotation.authorId,
        displayName: 'Former member',
      },
    );
  }

  @ResolveField(() => String, {
    description: 'The body rendered to safe HTML (no scripts, handlers or javascript: links).',
  })
  bodyHtml(@Parent() annotation: AnnotationModel): string {
    return renderMarkdown(annotation.body);
  }

  @ResolveField(() => Int, { description: 'Replies that are not deleted.' })
  replyCount(@Parent() annotation: AnnotationModel, @Context() context: RequestContext): Promise<number> {
    return this.threads.replyCounts(context).load(annotation.threadId);
  }

  @ResolveField(() => ReplyConnection, {
    description: 'The discussion, oldest first; each reply has its parent and depth.',
  })
  async replies(
    @Parent() annotation: AnnotationModel,
    @Args() page: PageArgs,
    @Context() context: RequestContext,
  ): Promise<Connection<ReplyModel>> {
    return this.threads.page(context, annotation.threadId, page);
  }

  @ResolveField(() => [ReactionSummaryModel])
  reactions(
    @Parent() annotation: AnnotationModel,
    @Context() context: RequestContext,
  ): Promise<ReactionSummaryModel[]> {
    return this.reactionsService.summaries(context).load(`annotation:${annotation.id}`);
  }
}

/** The annotations of a reading, as fields of Reading (the reading itself was authorised by its query). */
@Resolver(() => ReadingModel)
export class ReadingAnnotationsResolver {
  constructor(private readonly service: AnnotationsService) {}

  @ResolveField(() => AnnotationConnection, { description: 'Annotations I may see, in text order.' })
  async annotations(
    @Parent() reading: ReadingModel,
    @Args() filter: AnnotationFilterArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Connection<AnnotationModel>> {
    return mapConnection(await this.service.forReading(viewer, reading.id, filter), AnnotationModel.from);
  }

  @ResolveField(() => [AnnotationModel], {
    description: 'Annotations whose passage a revision removed: their quotes are kept.',
  })
  async orphanedAnnotations(
    @Parent() reading: ReadingModel,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AnnotationModel[]> {
    const filter = Object.assign(new AnnotationFilterArgs(), { anchorStatuses: [AnchorStatus.orphaned], first: 5000 });
    return (await this.service.forReading(viewer, reading.id, filter)).edges.map((e) => AnnotationModel.from(e.node));
  }
}
