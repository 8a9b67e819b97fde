import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { viewerOf } from '../auth/current-viewer.decorator';
import { DebateModel } from '../debates/debate.model';
import { RequestContext } from '../graphql/request-context';
import { ReadingModel } from '../readings/reading.model';
import { SeminarModel } from '../seminars/seminar.model';
import { LiveSessionModel } from './live.models';
import { LiveSessionsService } from './live-sessions.service';

const RUNNING = {
  nullable: true,
  description: 'The live session running here, if any: members join it with one click.',
};

/** `Reading.liveSession` (the reading was authorised by its query). */
@Resolver(() => ReadingModel)
export class ReadingLiveSessionResolver {
  constructor(private readonly sessions: LiveSessionsService) {}

  @ResolveField(() => LiveSessionModel, RUNNING)
  async liveSession(
    @Parent() reading: ReadingModel,
    @Context() context: RequestContext,
  ): Promise<LiveSessionModel | null> {
    const row = await this.sessions.running(viewerOf(context)).load(`READING:${reading.id}`);
    return row ? LiveSessionModel.from(row) : null;
  }
}

/** `Debate.liveSession` (the debate was authorised by its query). */
@Resolver(() => DebateModel)
export class DebateLiveSessionResolver {
  constructor(private readonly sessions: LiveSessionsService) {}

  @ResolveField(() => LiveSessionModel, RUNNING)
  async liveSession(
    @Parent() debate: DebateModel,
    @Context() context: RequestContext,
  ): Promise<LiveSessionModel | null> {
    const row = await this.sessions.running(viewerOf(context)).load(`DEBATE:${debate.id}`);
    return row ? LiveSessionModel.from(row) : null;
  }
}

/** `Seminar.liveSessions`: running and past sessions, with the summaries of past ones. */
@Resolver(() => SeminarModel)
export class SeminarLiveSessionsResolver {
  constructor(private readonly sessions: LiveSessionsService) {}

  @ResolveField(() => [LiveSessionModel], { description: 'The seminar’s live sessions, newest first.' })
  async liveSessions(
    @Parent() seminar: SeminarModel,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<LiveSessionModel[]> {
    return (await this.sessions.forSeminar(seminar.id, Math.max(1, Math.min(first, 100)))).map(LiveSessionModel.from);
  }
}
