import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { clearSessionCookie } from '../auth/session-cookie';
import type { Viewer } from '../auth/viewer';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { RequestContext } from '../graphql/request-context';
import { AccountDeletionService } from './account-deletion.service';
import { AccountProfileService } from './account-profile.service';
import { AccountSessionsService } from './account-sessions.service';
import { EmailChangeService } from './email-change.service';
import { Public } from '../auth/public.decorator';
import { AccountModel, AccountSessionModel, ChangePasswordPayload } from './account.models';
import {
  ChangeDisplayNameInput,
  ChangePasswordInput,
  ConfirmEmailChangeInput,
  DeleteAccountInput,
  EndSessionInput,
  RequestEmailChangeInput,
} from './dto/account.inputs';

/** The signed-in person's own account (docs/accounts.md). */
@Resolver()
export class AccountsResolver {
  constructor(
    private readonly profile: AccountProfileService,
    private readonly sessions: AccountSessionsService,
    private readonly deletion: AccountDeletionService,
    private readonly emailChange: EmailChangeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => AccountModel, { description: 'The signed-in person’s own account.' })
  account(@CurrentViewer() viewer: Viewer): Promise<AccountModel> {
    return this.profile.account(viewer);
  }

  @Query(() => [AccountSessionModel], { description: 'My sessions still signed in, this one first.' })
  mySessions(@CurrentViewer() viewer: Viewer): Promise<AccountSessionModel[]> {
    return this.sessions.list(viewer);
  }

  @Mutation(() => AccountModel)
  changeDisplayName(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangeDisplayNameInput,
  ): Promise<AccountModel> {
    return this.profile.changeDisplayName(viewer, input.displayName);
  }

  @Mutation(() => ChangePasswordPayload, { description: 'Signs out every other session; this one stays.' })
  async changePassword(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangePasswordInput,
    @Context() context: RequestContext,
  ): Promise<ChangePasswordPayload> {
    const signedOutSessions = await this.profile.changePassword(
      viewer,
      input.currentPassword,
      input.newPassword,
      addressOf(context),
    );
    return { signedOutSessions };
  }

  @Mutation(() => Boolean, { description: 'Signs out one of my sessions (its open pages lose their connection).' })
  async endSession(@CurrentViewer() viewer: Viewer, @Args('input') input: EndSessionInput): Promise<boolean> {
    await this.sessions.end(viewer, input.sessionId);
    return true;
  }

  @Mutation(() => AccountModel, {
    description:
      'Asks to use another email: a single-use link is emailed to it, and following it (confirmEmailChange) makes the change.',
  })
  async requestEmailChange(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RequestEmailChangeInput,
    @Context() context: RequestContext,
  ): Promise<AccountModel> {
    await this.emailChange.request(viewer, input.newEmail, input.password, addressOf(context));
    return this.profile.account(viewer);
  }

  @Public()
  @Mutation(() => String, {
    description:
      'Makes the address an emailed confirmation link was sent to the account’s email; returns it. A refused link is ' +
      'BAD_USER_INPUT with extensions.reason EMAIL_LINK_UNKNOWN, EMAIL_LINK_USED or EMAIL_LINK_EXPIRED.',
  })
  confirmEmailChange(@Args('input') input: ConfirmEmailChangeInput): Promise<string> {
    return this.emailChange.confirm(input.token);
  }

  @Mutation(() => Boolean, {
    description:
      'Closes my account: my posts stay in their threads as “Deleted account” with their text removed; every session is signed out. CONFLICT while I am the last owner of a seminar.',
  })
  async deleteAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: DeleteAccountInput,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    await this.deletion.delete(viewer, input.password, addressOf(context));
    clearSessionCookie(context.res, this.config.cookieSecure);
    return true;
  }
}

function addressOf(context: RequestContext): string {
  return context.req.ip ?? 'unknown';
}
