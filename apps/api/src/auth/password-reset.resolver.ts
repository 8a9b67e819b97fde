import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../graphql/request-context';
import { RequestPasswordResetInput, ResetPasswordInput } from './dto/password-reset.input';
import { PasswordResetService } from './password-reset.service';
import { Public } from './public.decorator';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Emails a reset link if an account uses this address. Always true (RATE_LIMITED when asked too often), ' +
      'so the answer never tells whether the address has an account.',
  })
  async requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    await this.resets.request(input.email, context.req.ip ?? 'unknown');
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Sets a new password from an emailed link and signs the account out everywhere. A refused link is ' +
      'BAD_USER_INPUT with extensions.reason RESET_LINK_UNKNOWN, RESET_LINK_USED or RESET_LINK_EXPIRED.',
  })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.resets.reset(input.token, input.newPassword);
    return true;
  }
}
