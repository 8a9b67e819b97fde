import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext, Viewer } from '../graphql/request-context';
import { UnauthenticatedError } from '../errors/glossa-error';

/** The signed-in viewer; operations using it are closed to signed-out callers by AuthGuard. */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer => {
  const viewer = GqlExecutionContext.create(context).getContext<RequestContext>().req.viewer;
  if (!viewer) throw new UnauthenticatedError('Sign in first.');
  return viewer;
});
