import { liveSessionRoom } from '@glossa/contracts';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, viewerOf } from '../auth/current-viewer.decorator';
import { UserModel } from '../auth/user.model';
import type { Viewer } from '../auth/viewer';
import { EventLog } from '../events/event-log';
import { RequestContext } from '../graphql/request-context';
import { uuidArg } from '../graphql/uuid.pipe';
import {
  HandLiveFacilitatorInput,
  LiveSessionRefInput,
  MoveLivePositionInput,
  StartLiveSessionInput,
} from './dto/live.inputs';
import { LivePeople } from './live-people';
import { LivePollsService } from './live-polls.service';
import { LivePollModel, LiveRoundModel, LiveSessionModel, LiveSpotlightModel, RaisedHandModel } from './live.models';
import { LiveSessionsService } from './live-sessions.service';
import { LiveSpotlightsService } from './live-spotlights.service';
import { LiveStateService } from './live-state.service';

/** A live session, its lifecycle and its current state (for a page load or a reconnect). */
@Resolver(() => LiveSessionModel)
export class LiveSessionsResolver {
  constructor(
    private readonly sessions: LiveSessionsService,
    private readonly spotlighting: LiveSpotlightsService,
    private readonly polling: LivePollsService,
    private readonly state: LiveStateService,
    private readonly events: EventLog,
    private readonly people: LivePeople,
  ) {}

  @Query(() => LiveSessionModel, {
    description: 'A live session with its current state; subscribe to its room from `eventSeq`.',
  })
  async liveSession(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, uuidArg) id: string,
  ): Promise<LiveSessionModel> {
    return LiveSessionModel.from(await this.sessions.get(viewer, id));
  }

  @Mutation(() => LiveSessionModel, {
    description: 'Starts a live session on a reading or debate (owners and moderators); the starter facilitates.',
  })
  async startLiveSession(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: StartLiveSessionInput,
  ): Promise<LiveSessionModel> {
    return LiveSessionModel.from(await this.sessions.start(viewer, input));
  }

  @Mutation(() => LiveSessionModel, {
    description: 'Ends a session (owners, moderators, the facilitator) and saves its summary to the seminar.',
  })
  async endLiveSession(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: LiveSessionRefInput,
  ): Promise<LiveSessionModel> {
    return LiveSessionModel.from(await this.sessions.end(viewer, input.sessionId));
  }

  @Mutation(() => LiveSessionModel, {
    description: 'Hands the facilitator role to a member (owners, moderators, the facilitator).',
  })
  async handLiveFacilitator(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: HandLiveFacilitatorInput,
  ): Promise<LiveSessionModel> {
    const userId = await this.people.personMeant(viewer, input.sessionId, input.userId);
    return LiveSessionModel.from(await this.sessions.handOver(viewer, input.sessionId, userId));
  }

  @Mutation(() => LiveSessionModel, { description: 'Moves the position participants follow (the facilitator).' })
  async moveLivePosition(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MoveLivePositionInput,
  ): Promise<LiveSessionModel> {
    return LiveSessionModel.from(await this.spotlighting.move(viewer, input));
  }

  @ResolveField(() => UserModel, { description: 'Who leads now (a pseudonym to peers in an anonymous discussion).' })
  facilitator(@Parent() session: LiveSessionModel, @Context() context: RequestContext): Promise<UserModel> {
    return this.people.facilitator(viewerOf(context), session);
  }

  @ResolveField(() => ID, {
    description:
      'My id as this session’s live events carry it: my pseudonym’s opaque id in an anonymous discussion (events name everyone so), else my user id.',
  })
  myEventId(@Parent() session: LiveSessionModel, @Context() context: RequestContext): Promise<string> {
    return this.people.myId(viewerOf(context), session.id);
  }

  @ResolveField(() => Int, {
    description: 'The last event number of this session’s live room: subscribe with `since` set to it after loading.',
  })
  eventSeq(@Parent() session: LiveSessionModel, @Context() context: RequestContext): Promise<number> {
    return this.events.latestSeq(context.loaders).load(liveSessionRoom(session.id));
  }

  @ResolveField(() => [LiveSpotlightModel], { description: 'Every spotlight of the session, oldest first.' })
  async spotlights(@Parent() session: LiveSessionModel): Promise<LiveSpotlightModel[]> {
    return (await this.state.spotlights(session.id)).map(LiveSpotlightModel.from);
  }

  @ResolveField(() => LiveSpotlightModel, { nullable: true, description: 'The latest spotlight.' })
  async spotlight(@Parent() session: LiveSessionModel): Promise<LiveSpotlightModel | null> {
    const all = await this.state.spotlights(session.id);
    return all.length ? LiveSpotlightModel.from(all[all.length - 1]) : null;
  }

  @ResolveField(() => [LivePollModel], { description: 'Every poll of the session with its tally, oldest first.' })
  async polls(@Parent() session: LiveSessionModel, @Context() context: RequestContext): Promise<LivePollModel[]> {
    const polls = await this.state.polls(session.id);
    return Promise.all(polls.map(async (poll) => this.people.poll(viewerOf(context), session.id, await this.polling.payload(poll))));
  }

  @ResolveField(() => LivePollModel, { nullable: true, description: 'The latest poll (open, or frozen once closed).' })
  async poll(@Parent() session: LiveSessionModel, @Context() context: RequestContext): Promise<LivePollModel | null> {
    const polls = await this.state.polls(session.id);
    const latest = polls[polls.length - 1];
    return latest ? this.people.poll(viewerOf(context), session.id, await this.polling.payload(latest)) : null;
  }

  @ResolveField(() => LiveRoundModel, { nullable: true, description: 'The latest round (running or over).' })
  async round(@Parent() session: LiveSessionModel): Promise<LiveRoundModel | null> {
    const rounds = await this.state.rounds(session.id);
    return rounds.length ? LiveRoundModel.from(rounds[rounds.length - 1]) : null;
  }

  @ResolveField(() => [RaisedHandModel], { description: 'The raise-hand queue, first raised first.' })
  async hands(@Parent() session: LiveSessionModel, @Context() context: RequestContext): Promise<RaisedHandModel[]> {
    return this.people.hands(viewerOf(context), session.id, await this.state.hands(session.id));
  }
}
