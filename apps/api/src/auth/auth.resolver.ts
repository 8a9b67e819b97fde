import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { RequestContext } from '../graphql/request-context';
import { AuthService, IssuedSession } from './auth.service';
import { CurrentViewer } from './current-viewer.decorator';
import { RegisterInput } from './dto/register.input';
import { SignInInput } from './dto/sign-in.input';
import { Public } from './public.decorator';
import { deviceOf, SessionActivity } from './session-activity';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { Viewer, viewerFor } from './viewer';
import { AuthPayload, ViewerModel } from './viewer.model';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly activity: SessionActivity,
  ) {}

  @Public()
  @Query(() => ViewerModel, { nullable: true, description: 'The signed-in person, or null.' })
  me(@Context() context: RequestContext): ViewerModel | null {
    return context.req.viewer ? ViewerModel.from(context.req.viewer) : null;
  }

  @Public()
  @Mutation(() => AuthPayload)
  async register(@Args('input') input: RegisterInput, @Context() context: RequestContext): Promise<AuthPayload> {
    return this.issue(await this.auth.register(input), context);
  }

  @Public()
  @Mutation(() => AuthPayload)
  async signIn(@Args('input') input: SignInInput, @Context() context: RequestContext): Promise<AuthPayload> {
    return this.issue(await this.auth.signIn(input, context.req.ip ?? 'unknown'), context);
  }

  @Mutation(() => Boolean, { description: 'Ends this session everywhere its token is used.' })
  async signOut(@CurrentViewer() viewer: Viewer, @Context() context: RequestContext): Promise<boolean> {
    await this.auth.signOut(viewer);
    clearSessionCookie(context.res, this.config.cookieSecure);
    return true;
  }

  private async issue(session: IssuedSession, context: RequestContext): Promise<AuthPayload> {
    await this.activity.opened(session.viewer.sessionId, deviceOf(context.req));
    setSessionCookie(context.res, session.token, this.config.sessionTtlSeconds, this.config.cookieSecure);
    context.req.viewer = viewerFor(session.viewer, context.loaders);
    return { viewer: ViewerModel.from(session.viewer), token: session.token, expiresAt: session.expiresAt };
  }
}
