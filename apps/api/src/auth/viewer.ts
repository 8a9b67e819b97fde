import { RequestLoaders } from '../batching/request-loaders';

/** A signed-in person and the session they ask through, as a session check finds them. */
export interface SessionIdentity {
  userId: string;
  sessionId: string;
  email: string;
  displayName: string;
}

/**
 * Who is asking, for one unit of work (a GraphQL request, a socket message, a job): their identity
 * and session, and that work's loaders. Services take a Viewer, never a transport's context, so a
 * job, a socket handler or a script calls them exactly as a resolver does.
 */
export interface Viewer extends SessionIdentity {
  loaders: RequestLoaders;
}

/** The Viewer of one unit of work by `identity` (fresh loaders unless the work already has some). */
export function viewerFor(identity: SessionIdentity, loaders = new RequestLoaders()): Viewer {
  return {
    userId: identity.userId,
    sessionId: identity.sessionId,
    email: identity.email,
    displayName: identity.displayName,
    loaders,
  };
}
