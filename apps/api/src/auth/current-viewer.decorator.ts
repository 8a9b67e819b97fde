import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '../errors/glossa-error';
import type { RequestContext } from '../graphql/request-context';
import type { Viewer } from './viewer';

/** The Viewer of a GraphQL request, for resolvers that take no parameter decorators (field resolvers). */
export function viewerOf(context: RequestContext): Viewer {
  const viewer = context.req.viewer;
  if (!viewer) throw new UnauthenticatedError('Sign in first.');
  return viewer;
}

/** The signed-in viewer; operations using it are closed to signed-out callers by AuthGuard. */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer =>
  viewerOf(GqlExecutionContext.create(context).getContext<RequestContext>()),
);
