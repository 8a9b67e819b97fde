import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserModel } from '../auth/user.model';
import { UsersService } from '../auth/users.service';
import { RequestContext } from '../graphql/request-context';
import { MembershipModel } from './membership.model';

@Resolver(() => MembershipModel)
export class MembershipResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => UserModel)
  async user(@Parent() membership: MembershipModel, @Context() context: RequestContext): Promise<UserModel> {
    const user = await this.users.byId(context.loaders).load(membership.userId);
    return UserModel.from(user ?? { id: membership.userId, displayName: 'Former member' });
  }
}
