import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, mapConnection } from '../pagination/connection.model';
import { PageArgs } from '../pagination/page.args';
import { SeminarModel } from '../seminars/seminar.model';
import { DebateConnection, DebateModel } from './debate.model';
import { DebatesService } from './debates.service';

/** The debates of a seminar, as a field of Seminar (the seminar itself was authorised by its query). */
@Resolver(() => SeminarModel)
export class SeminarDebatesResolver {
  constructor(private readonly service: DebatesService) {}

  @ResolveField(() => DebateConnection)
  async debates(@Parent() seminar: SeminarModel, @Args() page: PageArgs): Promise<Connection<DebateModel>> {
    return mapConnection(await this.service.forSeminar(seminar.id, page), DebateModel.from);
  }
}
