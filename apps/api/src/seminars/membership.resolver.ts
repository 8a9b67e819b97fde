import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthorMasks } from '../anonymity/author-masks';
import { viewerOf } from '../auth/current-viewer.decorator';
import { UserModel } from '../auth/user.model';
import { UsersService } from '../auth/users.service';
import { RequestContext } from '../graphql/request-context';
import { MembershipModel } from './membership.model';

@Resolver(() => MembershipModel)
export class MembershipResolver {
  constructor(
    private readonly users: UsersService,
    private readonly masks: AuthorMasks,
  ) {}

  /** The member as the viewer may see them: in an anonymous seminar, peers see pseudonyms (the mention picker too). */
  @ResolveField(() => UserModel)
  async user(@Parent() membership: MembershipModel, @Context() context: RequestContext): Promise<UserModel> {
    const user = await this.users.byId(context.loaders).load(membership.userId);
    return this.masks.user(viewerOf(context), { seminarId: membership.seminarId, debateId: null }, user, membership.userId);
  }
}
