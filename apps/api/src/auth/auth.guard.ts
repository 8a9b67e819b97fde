import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '../errors/glossa-error';
import { GlossaRequest, RequestContext } from '../graphql/request-context';
import { AuthService } from './auth.service';
import { IS_PUBLIC } from './public.decorator';
import { deviceOf } from './session-activity';
import { sessionTokenFrom } from './session-cookie';
import { viewerFor } from './viewer';

/**
 * Every operation is closed to signed-out callers unless marked @Public(). The viewer is resolved
 * once per request from the Bearer token or the session cookie.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const graphql = context.getType<GqlContextType>() === 'graphql';
    const gqlContext = graphql ? GqlExecutionContext.create(context).getContext<RequestContext>() : null;
    const req: GlossaRequest = gqlContext ? gqlContext.req : context.switchToHttp().getRequest();
    if (req.viewer === undefined) {
      const token = sessionTokenFrom(req);
      const identity = token ? await this.auth.authenticate(token, deviceOf(req)) : null;
      // The Viewer shares the request's loaders, so field resolvers and services batch together.
      if (identity) req.viewer = viewerFor(identity, gqlContext?.loaders);
    }
    if (!isPublic && !req.viewer) throw new UnauthenticatedError('Sign in first.');
    return true;
  }
}
