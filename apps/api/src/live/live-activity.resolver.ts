import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, viewerOf } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { RequestContext } from '../graphql/request-context';
import {
  AnswerLivePollInput,
  CallOnHandInput,
  LivePollRefInput,
  LiveRoundRefInput,
  LiveSessionRefInput,
  OpenLivePollInput,
  SpotlightInput,
  StartLiveRoundInput,
} from './dto/live.inputs';
import { LiveHandsService } from './live-hands.service';
import { LivePeople } from './live-people';
import { LivePollsService } from './live-polls.service';
import { LiveRoundsService } from './live-rounds.service';
import { LiveSpotlightsService } from './live-spotlights.service';
import type { PollRow } from './live-rows';
import { LivePollModel, LiveRoundModel, LiveSpotlightModel, RaisedHandModel } from './live.models';

/** What happens within a session: spotlights, polls, rounds and raised hands. */
@Resolver(() => LivePollModel)
export class LiveActivityResolver {
  constructor(
    private readonly spotlights: LiveSpotlightsService,
    private readonly polls: LivePollsService,
    private readonly rounds: LiveRoundsService,
    private readonly hands: LiveHandsService,
    private readonly people: LivePeople,
  ) {}

  @Mutation(() => LiveSpotlightModel, {
    description: 'Spotlights a passage or claim: every participant’s view scrolls to it (the facilitator).',
  })
  async spotlight(@CurrentViewer() viewer: Viewer, @Args('input') input: SpotlightInput): Promise<LiveSpotlightModel> {
    return LiveSpotlightModel.from(await this.spotlights.spotlight(viewer, input));
  }

  @Mutation(() => LivePollModel, { description: 'Opens a quick poll (the facilitator); one at a time.' })
  async openLivePoll(@CurrentViewer() viewer: Viewer, @Args('input') input: OpenLivePollInput): Promise<LivePollModel> {
    return this.shown(viewer, await this.polls.open(viewer, input));
  }

  @Mutation(() => LivePollModel, {
    description: 'Answers an open poll, or changes one’s answer (members taking part).',
  })
  async answerLivePoll(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AnswerLivePollInput,
  ): Promise<LivePollModel> {
    return this.shown(viewer, await this.polls.answer(viewer, input));
  }

  @Mutation(() => LivePollModel, { description: 'Closes a poll, freezing its tally (the facilitator).' })
  async closeLivePoll(@CurrentViewer() viewer: Viewer, @Args('input') input: LivePollRefInput): Promise<LivePollModel> {
    return this.shown(viewer, await this.polls.close(viewer, input.pollId));
  }

  @Mutation(() => LiveRoundModel, { description: 'Starts a timed round (the facilitator); one at a time.' })
  async startLiveRound(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: StartLiveRoundInput,
  ): Promise<LiveRoundModel> {
    return LiveRoundModel.from(await this.rounds.start(viewer, input));
  }

  @Mutation(() => LiveRoundModel, { description: 'Ends a running round early (the facilitator).' })
  async closeLiveRound(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: LiveRoundRefInput,
  ): Promise<LiveRoundModel> {
    return LiveRoundModel.from(await this.rounds.close(viewer, input.roundId));
  }

  @Mutation(() => [RaisedHandModel], { description: 'Raises my hand; answers the queue.' })
  async raiseHand(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: LiveSessionRefInput,
  ): Promise<RaisedHandModel[]> {
    return this.people.hands(viewer, input.sessionId, await this.hands.raise(viewer, input.sessionId));
  }

  @Mutation(() => [RaisedHandModel], { description: 'Lowers my hand; answers the queue.' })
  async lowerHand(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: LiveSessionRefInput,
  ): Promise<RaisedHandModel[]> {
    return this.people.hands(viewer, input.sessionId, await this.hands.lower(viewer, input.sessionId));
  }

  @Mutation(() => [RaisedHandModel], { description: 'Calls on someone whose hand is raised (the facilitator).' })
  async callOnHand(@CurrentViewer() viewer: Viewer, @Args('input') input: CallOnHandInput): Promise<RaisedHandModel[]> {
    const userId = await this.people.personMeant(viewer, input.sessionId, input.userId);
    return this.people.hands(viewer, input.sessionId, await this.hands.callOn(viewer, input.sessionId, userId));
  }

  @ResolveField(() => Int, { nullable: true, description: 'My own answer (an option index), or null.' })
  myAnswer(@Parent() poll: LivePollModel, @Context() context: RequestContext): Promise<number | null> {
    return this.polls.myAnswer(viewerOf(context), poll.id);
  }

  private async shown(viewer: Viewer, poll: PollRow): Promise<LivePollModel> {
    return this.people.poll(viewer, poll.session_id, await this.polls.payload(poll));
  }
}
