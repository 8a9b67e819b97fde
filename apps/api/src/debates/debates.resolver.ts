import { OnModuleInit } from '@nestjs/common';
import { debateRoom } from '@glossa/contracts';
import { EventLog } from '../events/event-log';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AnnotationEntity } from '../annotations/annotation.entity';
import { AnnotationRelations } from '../annotations/annotation-relations';
import { AnnotationModel } from '../annotations/annotation.model';
import { AnnotationEvidence } from '../annotations/annotation-evidence';
import { CurrentViewer, viewerOf } from '../auth/current-viewer.decorator';
import { AuthorMasks } from '../anonymity/author-masks';
import { UserModel } from '../auth/user.model';
import { UsersService } from '../auth/users.service';
import type { Viewer } from '../auth/viewer';
import { RequestContext } from '../graphql/request-context';
import { uuidArg } from '../graphql/uuid.pipe';
import { Connection, mapConnection } from '../pagination/connection.model';
import { PageArgs } from '../pagination/page.args';
import { ReadingModel } from '../readings/reading.model';
import { SeminarModel } from '../seminars/seminar.model';
import { ReplyConnection, ReplyModel } from '../threads/thread.models';
import { ThreadReadModel, ThreadState } from '../threads/thread-read-model';
import { orderClaimTree } from './claim-tree';
import { ClaimCommandsService } from './claim-commands.service';
import { ClaimEvidenceService } from './claim-evidence.service';
import { ClaimReadsService } from './claim-reads.service';
import { ClaimVotesService } from './claim-votes.service';
import { ClaimModel, DebateConnection, DebateModel, VoteSummaryModel } from './debate.model';
import { DebatesService } from './debates.service';
import {
  AddClaimInput,
  ClaimRefInput,
  ClaimSort,
  CreateDebateInput,
  EditClaimInput,
  SetEvidenceInput,
  VoteInput,
} from './dto/debate.inputs';

/** The debates of a seminar, as a field of Seminar (the seminar itself was authorised by its query). */
@Resolver(() => SeminarModel)
export class SeminarDebatesResolver {
  constructor(private readonly service: DebatesService) {}

  @ResolveField(() => DebateConnection)
  async debates(@Parent() seminar: SeminarModel, @Args() page: PageArgs): Promise<Connection<DebateModel>> {
    return mapConnection(await this.service.forSeminar(seminar.id, page), DebateModel.from);
  }
}

@Resolver(() => DebateModel)
export class DebatesResolver {
  constructor(
    private readonly service: DebatesService,
    private readonly claimReads: ClaimReadsService,
    private readonly claimVotes: ClaimVotesService,
    private readonly threads: ThreadReadModel,
    private readonly events: EventLog,
  ) {}

  @ResolveField(() => Int, {
    description: 'The last event number of this debate’s live room: subscribe with `since` set to it after loading.',
  })
  eventSeq(@Parent() debate: DebateModel, @Context() context: RequestContext): Promise<number> {
    return this.events.latestSeq(context.loaders).load(debateRoom(debate.id));
  }

  @Query(() => DebateModel)
  async debate(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, uuidArg) id: string,
  ): Promise<DebateModel> {
    return DebateModel.from(await this.service.get(viewer, id));
  }

  @Mutation(() => DebateModel, { description: 'Opens a debate on a motion (owners and moderators).' })
  async createDebate(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateDebateInput): Promise<DebateModel> {
    return DebateModel.from(await this.service.create(viewer, input));
  }

  @ResolveField(() => [ReadingModel], { description: 'The readings the debate draws on.' })
  async readings(@Parent() debate: DebateModel): Promise<ReadingModel[]> {
    return (await this.service.linkedReadings(debate.id)).map(ReadingModel.from);
  }

  @ResolveField(() => [ClaimModel], {
    description:
      'Every claim I may see, parents before children, siblings in the chosen order: build the tree with parentId.',
  })
  async claims(
    @Parent() debate: DebateModel,
    @Args('sort', { type: () => ClaimSort, defaultValue: ClaimSort.IMPACT }) sort: ClaimSort,
    @Context() context: RequestContext,
  ): Promise<ClaimModel[]> {
    const claims = await this.claimReads.ofDebate(viewerOf(context)).load(debate.id);
    const [votes, replies] = await Promise.all([
      this.claimVotes.votes(viewerOf(context)).loadMany(claims.map((c) => c.id)),
      this.threads.states(viewerOf(context)).loadMany(claims.map((c) => c.threadId)),
    ]);
    const tree = claims.map((c, i) => ({
      id: c.id,
      parentId: c.parentId,
      createdAt: c.createdAt,
      pinned: c.pinnedAt !== null,
      impact: votes[i] instanceof Error ? null : (votes[i] as { mean: number | null }).mean,
      replies: replies[i] instanceof Error ? 0 : (replies[i] as ThreadState).replyCount,
      claim: c,
    }));
    return orderClaimTree(tree, sort).map((t) => ClaimModel.from(t.claim));
  }

  @ResolveField(() => Int)
  async claimCount(@Parent() debate: DebateModel, @Context() context: RequestContext): Promise<number> {
    return (await this.claimReads.ofDebate(viewerOf(context)).load(debate.id)).filter((c) => !c.deletedAt).length;
  }
}

@Resolver(() => ClaimModel)
export class ClaimsResolver {
  constructor(
    private readonly claimCommands: ClaimCommandsService,
    private readonly claimReads: ClaimReadsService,
    private readonly claimVotes: ClaimVotesService,
    private readonly claimEvidence: ClaimEvidenceService,
    private readonly threads: ThreadReadModel,
    private readonly annotations: AnnotationEvidence,
    private readonly users: UsersService,
    private readonly masks: AuthorMasks,
  ) {}

  @Query(() => ClaimModel)
  async claim(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, uuidArg) id: string,
  ): Promise<ClaimModel> {
    return ClaimModel.from(await this.claimReads.get(viewer, id));
  }

  @Mutation(() => ClaimModel, {
    description:
      'Adds a claim for or against the motion or another claim; in a pre-moderated debate it waits for approval.',
  })
  async addClaim(@CurrentViewer() viewer: Viewer, @Args('input') input: AddClaimInput): Promise<ClaimModel> {
    return ClaimModel.from(await this.claimCommands.add(viewer, input));
  }

  @Mutation(() => ClaimModel)
  async editClaim(@CurrentViewer() viewer: Viewer, @Args('input') input: EditClaimInput): Promise<ClaimModel> {
    return ClaimModel.from(await this.claimCommands.edit(viewer, input));
  }

  @Mutation(() => ClaimModel, { description: 'Deletes one’s own claim; the tree keeps its place.' })
  async deleteClaim(@CurrentViewer() viewer: Viewer, @Args('input') input: ClaimRefInput): Promise<ClaimModel> {
    return ClaimModel.from(await this.claimCommands.remove(viewer, input.claimId));
  }

  @Mutation(() => ClaimModel, { description: 'Rates a claim’s impact 0–4 (null takes the rating back).' })
  async voteOnClaim(@CurrentViewer() viewer: Viewer, @Args('input') input: VoteInput): Promise<ClaimModel> {
    return ClaimModel.from(await this.claimVotes.vote(viewer, input));
  }

  @Mutation(() => ClaimModel, { description: 'Sets the passages (annotations) a claim cites.' })
  async setClaimEvidence(@CurrentViewer() viewer: Viewer, @Args('input') input: SetEvidenceInput): Promise<ClaimModel> {
    return ClaimModel.from(await this.claimEvidence.setEvidence(viewer, input));
  }

  @ResolveField(() => UserModel)
  async author(@Parent() claim: ClaimModel, @Context() context: RequestContext): Promise<UserModel> {
    const person = await this.users.byId(context.loaders).load(claim.authorId);
    return this.masks.user(viewerOf(context), { seminarId: claim.seminarId, debateId: claim.debateId }, person, claim.authorId);
  }

  @ResolveField(() => VoteSummaryModel)
  votes(@Parent() claim: ClaimModel, @Context() context: RequestContext): Promise<VoteSummaryModel> {
    return this.claimVotes.votes(viewerOf(context)).load(claim.id);
  }

  @ResolveField(() => [AnnotationModel], {
    description: 'The cited passages I may see, with their anchor status (orphaned when a revision removed them).',
  })
  async evidence(@Parent() claim: ClaimModel, @Context() context: RequestContext): Promise<AnnotationModel[]> {
    if (claim.deleted || claim.moderation === 'REMOVED') return [];
    const ids = await this.claimEvidence.evidence(viewerOf(context)).load(claim.id);
    const found = await this.annotations.visibleById(viewerOf(context)).loadMany(ids);
    return found
      .filter((a): a is AnnotationEntity => a !== null && !(a instanceof Error))
      .map((a) => AnnotationModel.from(a));
  }

  @ResolveField(() => Int)
  async replyCount(@Parent() claim: ClaimModel, @Context() context: RequestContext): Promise<number> {
    return (await this.threads.states(viewerOf(context)).load(claim.threadId)).replyCount;
  }

  @ResolveField(() => Boolean, { description: 'Moderators locked its discussion: no new replies.' })
  async locked(@Parent() claim: ClaimModel, @Context() context: RequestContext): Promise<boolean> {
    return (await this.threads.states(viewerOf(context)).load(claim.threadId)).locked;
  }

  @ResolveField(() => ReplyConnection, { description: 'The claim’s own discussion, oldest first.' })
  async replies(
    @Parent() claim: ClaimModel,
    @Args() page: PageArgs,
    @Context() context: RequestContext,
  ): Promise<Connection<ReplyModel>> {
    return this.threads.page(viewerOf(context), claim.threadId, page);
  }
}

/** Which debate claims cite a passage: the reading view marks it and lists them with their side. */
@Resolver(() => AnnotationModel)
export class CitationsResolver implements OnModuleInit {
  constructor(
    private readonly claimReads: ClaimReadsService,
    private readonly relations: AnnotationRelations,
  ) {}

  onModuleInit(): void {
    // The reading view asks for citedBy on thousands of annotations: load it with the page's other
    // relations rather than in a round of its own after them.
    this.relations.registerPreloader('citedBy', (context, annotations) =>
      this.claimReads.citing(context).loadMany(annotations.map((annotation) => annotation.id)),
    );
  }

  @ResolveField(() => [ClaimModel], { description: 'Claims (that I may see) citing this passage as evidence.' })
  // No parameter decorators: NestJS then calls it as a plain resolver (parent, args, context), without
  // building a resolver context for each of the reading view's thousands of annotations.
  async citedBy(annotation: AnnotationModel, _args: object, context: RequestContext): Promise<ClaimModel[]> {
    return (await this.claimReads.citing(viewerOf(context)).load(annotation.id)).map(ClaimModel.from);
  }
}
