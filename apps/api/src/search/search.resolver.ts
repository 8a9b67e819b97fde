import { Args, ComplexityEstimatorArgs, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthorMasks } from '../anonymity/author-masks';
import { CurrentViewer, viewerOf } from '../auth/current-viewer.decorator';
import { UserModel } from '../auth/user.model';
import { UsersService } from '../auth/users.service';
import type { Viewer } from '../auth/viewer';
import { RequestContext } from '../graphql/request-context';
import { Connection } from '../pagination/connection.model';
import { SearchArgs } from './dto/search.input';
import { SearchHitConnection, SearchHitModel } from './search-hit.model';
import { SearchService } from './search.service';

/**
 * What one search adds to a query's cost (graphql/query-complexity.plugin.ts) before its page: it is
 * one full-text query over a whole seminar, ~13 ms where a reading view's 5,000 annotations (cost
 * ~4,000,000) take ~460 ms, so it is priced like ~100,000 fields. At most 50 fit in one request.
 */
export const SEARCH_COST = 100_000;

@Resolver(() => SearchHitModel)
export class SearchResolver {
  constructor(
    private readonly service: SearchService,
    private readonly users: UsersService,
    private readonly masks: AuthorMasks,
  ) {}

  @Query(() => SearchHitConnection, {
    description:
      'Full-text search in one seminar over annotations (body, quote, tags), replies and reading texts, best first.',
    complexity: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
      SEARCH_COST + (typeof args.first === 'number' ? args.first : 20) * Math.max(childComplexity, 1),
  })
  search(@CurrentViewer() viewer: Viewer, @Args() args: SearchArgs): Promise<Connection<SearchHitModel>> {
    return this.service.search(viewer, args.input, args);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who wrote the post; none for reading text.' })
  async author(@Parent() hit: SearchHitModel, @Context() context: RequestContext): Promise<UserModel | null> {
    if (!hit.authorId) return null;
    const person = await this.users.byId(context.loaders).load(hit.authorId);
    return this.masks.user(viewerOf(context), { seminarId: hit.seminarId, debateId: null }, person, hit.authorId);
  }
}
