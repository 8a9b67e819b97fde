import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { DiscussionMapService } from './discussion-map.service';
import { DiscussionMapModel } from './discussion-map.model';
import { DiscussionMapArgs, ParticipationArgs } from './dto/leader-tools.args';
import { ParticipationFiguresModel } from './participation.model';
import { ParticipationService } from './participation.service';

@Resolver()
export class LeaderToolsResolver {
  constructor(
    private readonly maps: DiscussionMapService,
    private readonly figures: ParticipationService,
  ) {}

  @Query(() => DiscussionMapModel, {
    description:
      'Where the class asked, disagreed and cited over a reading, passage by passage. Every member, once hide-until-you-post no longer hides the reading from them.',
  })
  discussionMap(@CurrentViewer() viewer: Viewer, @Args() args: DiscussionMapArgs): Promise<DiscussionMapModel> {
    return this.maps.map(viewer, args.readingId, args.passageStarts);
  }

  @Query(() => [ParticipationFiguresModel], {
    description: 'Every member’s participation (counts of what they wrote, never time on page). Owners and moderators.',
  })
  participation(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ParticipationArgs,
  ): Promise<ParticipationFiguresModel[]> {
    return this.figures.everyone(viewer, args.seminarId, args.readingId);
  }

  @Query(() => ParticipationFiguresModel, { description: 'The caller’s own participation in a seminar.' })
  myParticipation(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ParticipationArgs,
  ): Promise<ParticipationFiguresModel> {
    return this.figures.mine(viewer, args.seminarId, args.readingId);
  }
}
