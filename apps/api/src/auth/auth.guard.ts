import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '../errors/glossa-error';
import { GlossaRequest, RequestContext } from '../graphql/request-context';
import { AuthService } from './auth.service';
import { IS_PUBLIC } from './public.decorator';
import { sessionTokenFrom } from './session-cookie';

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
    const req: GlossaRequest =
      context.getType<GqlContextType>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<RequestContext>().req
        : context.switchToHttp().getRequest();
    if (req.viewer === undefined) {
      const token = sessionTokenFrom(req);
      const viewer = token ? await this.auth.authenticate(token) : null;
      if (viewer) req.viewer = viewer;
    }
    if (!isPublic && !req.viewer) throw new UnauthenticatedError('Sign in first.');
    return true;
  }
}
