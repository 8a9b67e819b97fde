import { seminarRoom } from '@glossa/contracts';
import { EventLog } from '../events/event-log';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, viewerOf } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { RequestContext } from '../graphql/request-context';
import { Connection, mapConnection } from '../pagination/connection.model';
import { uuidArg } from '../graphql/uuid.pipe';
import { PageArgs } from '../pagination/page.args';
import {
  ChangeMemberRoleInput,
  CreateSeminarInput,
  JoinSeminarInput,
  RemoveMemberInput,
  SeminarRefInput,
  UpdateSeminarInput,
} from './dto/seminar.inputs';
import { MembershipConnection, MembershipModel } from './membership.model';
import { Role } from './role';
import { SeminarAccessService } from './seminar-access.service';
import { decide, SeminarAction } from './seminar-policy';
import { SeminarConnection, SeminarModel } from './seminar.model';
import { SeminarActivityModel } from './seminar-activity.model';
import { SeminarActivityService } from './seminar-activity.service';
import { SeminarsService } from './seminars.service';

@Resolver(() => SeminarModel)
export class SeminarsResolver {
  constructor(
    private readonly service: SeminarsService,
    private readonly access: SeminarAccessService,
    private readonly events: EventLog,
    private readonly activity: SeminarActivityService,
  ) {}

  @Query(() => SeminarConnection, {
    description:
      'The seminars I belong to, the most recently active first (activity: anything in the seminar, its readings or its debates).',
  })
  async seminars(@CurrentViewer() viewer: Viewer, @Args() page: PageArgs): Promise<Connection<SeminarModel>> {
    return mapConnection(await this.activity.mine(viewer, page), SeminarModel.from);
  }

  @Query(() => SeminarModel)
  async seminar(
    @Args('id', { type: () => ID }, uuidArg) id: string,
    @Context() context: RequestContext,
  ): Promise<SeminarModel> {
    return SeminarModel.from(await this.service.get(viewerOf(context), id));
  }

  @Mutation(() => SeminarModel, { description: 'Creates a seminar; its creator becomes its owner.' })
  async createSeminar(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateSeminarInput,
  ): Promise<SeminarModel> {
    return SeminarModel.from(await this.service.create(viewer, input));
  }

  @Mutation(() => SeminarModel, { description: 'Joins a seminar as a MEMBER; joining again changes nothing.' })
  async joinSeminar(@CurrentViewer() viewer: Viewer, @Args('input') input: JoinSeminarInput): Promise<SeminarModel> {
    return SeminarModel.from(await this.service.join(viewer, input.inviteCode));
  }

  @Mutation(() => MembershipModel)
  async changeMemberRole(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangeMemberRoleInput,
  ): Promise<MembershipModel> {
    return MembershipModel.from(await this.service.changeRole(viewer, input));
  }

  @Mutation(() => SeminarModel)
  async removeMember(@CurrentViewer() viewer: Viewer, @Args('input') input: RemoveMemberInput): Promise<SeminarModel> {
    return SeminarModel.from(await this.service.removeMember(viewer, input));
  }

  @Mutation(() => SeminarModel, { description: 'Replaces the invite code; the old one stops working.' })
  async rotateInviteCode(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SeminarRefInput,
  ): Promise<SeminarModel> {
    return SeminarModel.from(await this.service.rotateInviteCode(viewer, input.seminarId));
  }

  @Mutation(() => SeminarModel, { description: 'Renames a seminar or changes its description (owners).' })
  async updateSeminar(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateSeminarInput): Promise<SeminarModel> {
    return SeminarModel.from(await this.service.update(viewer, input));
  }

  @Mutation(() => Date, {
    nullable: true,
    description:
      'Records that I opened the seminar’s page now; returns when I had opened it before (null: never), the moment “new since my last visit” counts from.',
  })
  markSeminarVisited(@CurrentViewer() viewer: Viewer, @Args('input') input: SeminarRefInput): Promise<Date | null> {
    return this.service.markVisited(viewer, input.seminarId);
  }

  @Mutation(() => ID, { description: 'Leaves a seminar; returns its id. The last owner cannot leave.' })
  async leaveSeminar(@CurrentViewer() viewer: Viewer, @Args('input') input: SeminarRefInput): Promise<string> {
    await this.service.leave(viewer, input.seminarId);
    return input.seminarId;
  }

  @ResolveField(() => Role)
  async myRole(@Parent() seminar: SeminarModel, @Context() context: RequestContext): Promise<Role> {
    return this.access.requireInRequest(viewerOf(context), seminar.id, SeminarAction.VIEW);
  }

  @ResolveField(() => String, { nullable: true, description: 'Visible to owners and moderators; null for others.' })
  async inviteCode(@Parent() seminar: SeminarModel, @Context() context: RequestContext): Promise<string | null> {
    const role = await this.access.roles(viewerOf(context)).load(seminar.id);
    return decide(role, SeminarAction.VIEW_INVITE_CODE) === 'ALLOW' ? seminar.inviteCode : null;
  }

  @ResolveField(() => Int, {
    description: 'The last event number of this seminar’s live room: subscribe with `since` set to it after loading.',
  })
  eventSeq(@Parent() seminar: SeminarModel, @Context() context: RequestContext): Promise<number> {
    return this.events.latestSeq(context.loaders).load(seminarRoom(seminar.id));
  }

  @ResolveField(() => Date, { nullable: true, description: 'When I last opened this seminar’s page (null: never).' })
  async myLastVisitAt(@Parent() seminar: SeminarModel, @Context() context: RequestContext): Promise<Date | null> {
    const membership = await this.service.myMemberships(viewerOf(context)).load(seminar.id);
    return membership?.lastVisitedAt ?? null;
  }

  @ResolveField(() => [SeminarActivityModel], { description: 'What happened lately in the seminar, newest first.' })
  async recentActivity(
    @Parent() seminar: SeminarModel,
    @Context() context: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<SeminarActivityModel[]> {
    const viewer = viewerOf(context);
    await this.access.requireInRequest(viewer, seminar.id, SeminarAction.VIEW);
    const items = await this.activity.recent(viewer, seminar.id, Math.min(Math.max(first, 1), 50));
    return items.map(SeminarActivityModel.from);
  }

  @ResolveField(() => Int)
  memberCount(@Parent() seminar: SeminarModel, @Context() context: RequestContext): Promise<number> {
    return this.service.memberCounts(viewerOf(context)).load(seminar.id);
  }

  @ResolveField(() => MembershipConnection)
  async members(@Parent() seminar: SeminarModel, @Args() page: PageArgs): Promise<Connection<MembershipModel>> {
    return mapConnection(await this.service.members(seminar.id, page), MembershipModel.from);
  }
}
