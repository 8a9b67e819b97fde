import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { UserModel } from '../auth/user.model';
import { UsersService } from '../auth/users.service';
import type { Viewer } from '../auth/viewer';
import { RequestContext } from '../graphql/request-context';
import { Connection } from '../pagination/connection.model';
import { SearchArgs } from './dto/search.input';
import { SearchHitConnection, SearchHitModel } from './search-hit.model';
import { SearchService } from './search.service';

@Resolver(() => SearchHitModel)
export class SearchResolver {
  constructor(
    private readonly service: SearchService,
    private readonly users: UsersService,
  ) {}

  @Query(() => SearchHitConnection, {
    description:
      'Full-text search in one seminar over annotations (body, quote, tags), replies and reading texts, best first.',
  })
  search(@CurrentViewer() viewer: Viewer, @Args() args: SearchArgs): Promise<Connection<SearchHitModel>> {
    return this.service.search(viewer, args.input, args);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who wrote the post; none for reading text.' })
  async author(@Parent() hit: SearchHitModel, @Context() context: RequestContext): Promise<UserModel | null> {
    if (!hit.authorId) return null;
    return UserModel.from(
      (await this.users.byId(context.loaders).load(hit.authorId)) ?? { id: hit.authorId, displayName: 'Former member' },
    );
  }
}
