import { readingRoom } from '@glossa/contracts';
import { EventLog } from '../events/event-log';
import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { CurrentViewer, viewerOf } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { RequestContext } from '../graphql/request-context';
import { selectsField } from '../graphql/selection';
import { uuidArg } from '../graphql/uuid.pipe';
import { Connection, mapConnection } from '../pagination/connection.model';
import { PageArgs } from '../pagination/page.args';
import { SeminarModel } from '../seminars/seminar.model';
import { AddReadingInput, ReviseReadingInput } from './dto/reading.inputs';
import { ReadingConnection, ReadingModel, ReadingRevisionModel } from './reading.model';
import { ReadingsService } from './readings.service';

@Resolver(() => ReadingModel)
export class ReadingsResolver {
  constructor(
    private readonly service: ReadingsService,
    private readonly events: EventLog,
  ) {}

  @ResolveField(() => Int, {
    description: 'The last event number of this reading’s live room: subscribe with `since` set to it after loading.',
  })
  eventSeq(@Parent() reading: ReadingModel, @Context() context: RequestContext): Promise<number> {
    return this.events.latestSeq(context.loaders).load(readingRoom(reading.id));
  }

  @Query(() => ReadingModel)
  async reading(
    @Args('id', { type: () => ID }, uuidArg) id: string,
    @Context() context: RequestContext,
  ): Promise<ReadingModel> {
    return ReadingModel.from(await this.service.get(viewerOf(context), id));
  }

  @Mutation(() => ReadingModel, { description: 'Adds a reading to a seminar (owners and moderators).' })
  async addReading(@CurrentViewer() viewer: Viewer, @Args('input') input: AddReadingInput): Promise<ReadingModel> {
    return ReadingModel.from(await this.service.add(viewer, input));
  }

  @Mutation(() => ReadingModel, {
    description: 'Saves a new revision of the text and makes it current (owners and moderators).',
  })
  async reviseReading(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReviseReadingInput,
  ): Promise<ReadingModel> {
    return ReadingModel.from(await this.service.revise(viewer, input));
  }

  @ResolveField(() => ID)
  seminarId(@Parent() reading: ReadingModel): string {
    return reading.seminarId;
  }

  @ResolveField(() => ReadingRevisionModel)
  async currentRevision(
    @Parent() reading: ReadingModel,
    @Context() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReadingRevisionModel> {
    const revision = await this.service
      .revisions(viewerOf(context), selectsField(info, 'text'))
      .load(`${reading.id}:${reading.revisionNumber}`);
    if (!revision) throw new Error(`reading ${reading.id} has no revision ${reading.revisionNumber}`);
    return ReadingRevisionModel.from(revision);
  }

  @ResolveField(() => [ReadingRevisionModel], { description: 'Every revision, newest first.' })
  async revisions(@Parent() reading: ReadingModel): Promise<ReadingRevisionModel[]> {
    return (await this.service.history(reading.id)).map(ReadingRevisionModel.from);
  }
}

@Resolver(() => ReadingRevisionModel)
export class ReadingRevisionResolver {
  constructor(private readonly service: ReadingsService) {}

  @ResolveField(() => String)
  text(@Parent() revision: ReadingRevisionModel, @Context() context: RequestContext): Promise<string> {
    return this.service.texts(viewerOf(context)).load(revision.id);
  }
}

/** The readings of a seminar, as fields of Seminar (the seminar itself was authorised by its query). */
@Resolver(() => SeminarModel)
export class SeminarReadingsResolver {
  constructor(private readonly service: ReadingsService) {}

  @ResolveField(() => ReadingConnection, { description: 'Readings in the order they were added.' })
  async readings(@Parent() seminar: SeminarModel, @Args() page: PageArgs): Promise<Connection<ReadingModel>> {
    return mapConnection(await this.service.forSeminar(seminar.id, page), ReadingModel.from);
  }

  @ResolveField(() => Int)
  readingCount(@Parent() seminar: SeminarModel, @Context() context: RequestContext): Promise<number> {
    return this.service.readingCounts(viewerOf(context)).load(seminar.id);
  }
}
