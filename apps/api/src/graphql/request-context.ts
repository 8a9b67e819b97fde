import type { Request, Response } from 'express';
import type { RequestLoaders } from '../batching/request-loaders';

/**
 * The signed-in person as the HTTP layer carries them (set by AuthGuard). Typed structurally so the
 * transport layer needs nothing from the domain modules above it.
 */
export interface RequestViewer {
  userId: string;
  sessionId: string;
  email: string;
  displayName: string;
  loaders: RequestLoaders;
}

export interface GlossaRequest extends Request {
  viewer?: RequestViewer;
}

/**
 * The GraphQL context of one request: the Express objects (cookies, addresses) for the resolvers
 * at the edge, and the request's loaders. Services never see it: resolvers hand them the Viewer.
 */
export interface RequestContext {
  req: GlossaRequest;
  res: Response;
  loaders: RequestLoaders;
}
