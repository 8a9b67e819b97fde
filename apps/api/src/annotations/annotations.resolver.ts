import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { CurrentViewer, viewerOf } from '../auth/current-viewer.decorator';
import { UserModel } from '../auth/user.model';
import type { Viewer } from '../auth/viewer';
import { RequestContext } from '../graphql/request-context';
import { selectedFieldsAt } from '../graphql/selection';
import { uuidArg } from '../graphql/uuid.pipe';
import { Connection, mapConnection } from '../pagination/connection.model';
import { PageArgs } from '../pagination/page.args';
import { ReadingModel } from '../readings/reading.model';
import { pageAt } from '../readings/reading-structure';
import { ReadingPageModel } from '../readings/reading-structure.model';
import { ReadingsService } from '../readings/readings.service';
import { ReactInput } from '../threads/dto/thread.inputs';
import { ReactionsService } from '../threads/reactions.service';
import { ReactionSummaryModel, ReplyConnection, ReplyModel } from '../threads/thread.models';
import { AnchorStatus } from './annotation-kinds';
import { AnnotationRelations } from './annotation-relations';
import { AnnotationConnection, AnnotationModel } from './annotation.model';
import { AnnotationCountsService } from './annotation-counts.service';
import { AnnotationCommands } from './annotation-commands';
import { AnnotationReadModel } from './annotation-read-model';
import {
  AnnotationFilterArgs,
  AnnotationRefInput,
  CreateAnnotationInput,
  UpdateAnnotationInput,
} from './dto/annotation.inputs';

@Resolver(() => AnnotationModel)
export class AnnotationsResolver {
  constructor(
    private readonly commands: AnnotationCommands,
    private readonly readModel: AnnotationReadModel,
    private readonly relations: AnnotationRelations,
    private readonly reactionsService: ReactionsService,
    private readonly readings: ReadingsService,
  ) {}

  @Query(() => AnnotationModel)
  async annotation(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, uuidArg) id: string,
  ): Promise<AnnotationModel> {
    return AnnotationModel.from(await this.readModel.get(viewer, id));
  }

  @Mutation(() => AnnotationModel, {
    description: 'Highlights, comments on or questions a passage (members and above).',
  })
  async createAnnotation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateAnnotationInput,
  ): Promise<AnnotationModel> {
    return AnnotationModel.from(await this.commands.create(viewer, input));
  }

  @Mutation(() => AnnotationModel, {
    description: 'Edits one’s own annotation (text, tags, colour, motivation, visibility).',
  })
  async updateAnnotation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateAnnotationInput,
  ): Promise<AnnotationModel> {
    return AnnotationModel.from(await this.commands.update(viewer, input));
  }

  @Mutation(() => AnnotationModel, {
    description: 'Deletes one’s own annotation; with replies it stays as "deleted" so the thread keeps its shape.',
  })
  async deleteAnnotation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AnnotationRefInput,
  ): Promise<AnnotationModel> {
    return AnnotationModel.from(await this.commands.remove(viewer, input.annotationId));
  }

  @Mutation(() => [ReactionSummaryModel], {
    description: 'Adds or takes back a reaction to an annotation; returns its reactions after.',
  })
  async reactToAnnotation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReactInput,
    @Context() context: RequestContext,
  ): Promise<ReactionSummaryModel[]> {
    await this.commands.react(viewer, input);
    return this.reactionsService.summaries(viewerOf(context)).load(`annotation:${input.subjectId}`);
  }

  // The field resolvers below take no parameter decorators: NestJS then calls them as plain GraphQL
  // resolvers (source, args, context), without building a resolver context per call, and a
  // preloaded value is returned as it is (thousands of annotations on the reading view).

  @ResolveField(() => UserModel)
  author(annotation: AnnotationModel, _args: object, context: RequestContext): UserModel | Promise<UserModel> {
    return this.relations.author(viewerOf(context), annotation);
  }

  @ResolveField(() => Int, { description: 'Replies that are not deleted.' })
  replyCount(annotation: AnnotationModel, _args: object, context: RequestContext): number | Promise<number> {
    return this.relations.replyCount(viewerOf(context), annotation);
  }

  @ResolveField(() => Boolean, { description: 'Moderators locked its discussion: no new replies.' })
  locked(annotation: AnnotationModel, _args: object, context: RequestContext): boolean | Promise<boolean> {
    return this.relations.locked(viewerOf(context), annotation);
  }

  @ResolveField(() => ReplyConnection, {
    description: 'The discussion, oldest first; each reply has its parent and depth.',
  })
  replies(
    @Parent() annotation: AnnotationModel,
    @Args() page: PageArgs,
    @Context() context: RequestContext,
  ): Connection<ReplyModel> | Promise<Connection<ReplyModel>> {
    return this.relations.replies(viewerOf(context), annotation, page);
  }

  @ResolveField(() => ReadingPageModel, {
    nullable: true,
    description: 'The page of the original (PDF) the passage starts on, in the revision `target` describes.',
  })
  async page(annotation: AnnotationModel, _args: object, context: RequestContext): Promise<ReadingPageModel | null> {
    const revision = await this.readings
      .revisions(viewerOf(context))
      .load(`${annotation.readingId}:${annotation.revisionNumber}`);
    return pageAt(revision?.pages ?? [], annotation.target.start);
  }

  @ResolveField(() => [ReactionSummaryModel], {
    description:
      'The kinds of reaction given (each with its count and whether I gave it), agree · disagree · insightful · same question; kinds nobody gave are left out.',
  })
  reactions(
    annotation: AnnotationModel,
    _args: object,
    context: RequestContext,
  ): ReactionSummaryModel[] | Promise<ReactionSummaryModel[]> {
    return this.relations.reactions(viewerOf(context), annotation);
  }
}

/** The annotations of a reading, as fields of Reading (the reading itself was authorised by its query). */
@Resolver(() => ReadingModel)
export class ReadingAnnotationsResolver {
  constructor(
    private readonly readModel: AnnotationReadModel,
    private readonly relations: AnnotationRelations,
    private readonly counts: AnnotationCountsService,
  ) {}

  @ResolveField(() => Int, { description: 'Annotations I may see on this reading (not deleted).' })
  async annotationCount(@Parent() reading: ReadingModel, @Context() context: RequestContext): Promise<number> {
    return (await this.counts.counts(viewerOf(context), null).load(reading.id)).total;
  }

  @ResolveField(() => Int, {
    description: 'Annotations by others I may see, written after `since` (e.g. my last visit; none when null).',
  })
  async newAnnotationCount(
    @Parent() reading: ReadingModel,
    @Context() context: RequestContext,
    @Args('since', { type: () => Date, nullable: true }) since: Date | null,
  ): Promise<number> {
    return (await this.counts.counts(viewerOf(context), since ?? null).load(reading.id)).fresh;
  }

  @ResolveField(() => AnnotationConnection, { description: 'Annotations I may see, in text order.' })
  async annotations(
    @Parent() reading: ReadingModel,
    @Args() filter: AnnotationFilterArgs,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<AnnotationModel>> {
    const page = mapConnection(await this.readModel.forReading(viewer, reading.id, filter), AnnotationModel.from);
    await this.relations.preload(
      viewerOf(context),
      page.edges.map((e) => e.node),
      selectedFieldsAt(info, ['edges', 'node']),
    );
    return page;
  }

  @ResolveField(() => [AnnotationModel], {
    description:
      'Annotations whose passage a revision removed, awaiting review (re-attach or dismiss): their quotes are kept.',
  })
  async orphanedAnnotations(
    @Parent() reading: ReadingModel,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AnnotationModel[]> {
    const filter = Object.assign(new AnnotationFilterArgs(), { anchorStatuses: [AnchorStatus.orphaned], first: 5000 });
    return (await this.readModel.forReading(viewer, reading.id, filter, { awaitingReview: true })).edges.map((e) => AnnotationModel.from(e.node));
  }
}
