import type { Request, Response } from 'express';

/** Who is calling: set by AuthGuard from the session cookie or Bearer token. */
export interface Viewer {
  userId: string;
  sessionId: string;
  email: string;
  displayName: string;
}

export interface GlossaRequest extends Request {
  viewer?: Viewer;
}

/** The GraphQL context of one request; `loaders` holds that request's DataLoaders. */
export interface RequestContext {
  req: GlossaRequest;
  res: Response;
  loaders: Map<object, unknown>;
}

/**
 * The per-request instance of a set of DataLoaders, created on first use. Keyed by the factory's
 * owner so each module keeps its loaders to itself while sharing one cache per request.
 */
export function loadersFor<T>(context: RequestContext, owner: object, create: () => T): T {
  let loaders = context.loaders.get(owner) as T | undefined;
  if (loaders === undefined) {
    loaders = create();
    context.loaders.set(owner, loaders);
  }
  return loaders;
}

/** Every value of `keys` through a loader (batched with the request's other loads); rejects on the first failure. */
export async function loadAll<K, V>(
  loader: { loadMany(keys: readonly K[]): Promise<Array<V | Error>> },
  keys: readonly K[],
): Promise<V[]> {
  const values = await loader.loadMany(keys);
  for (const value of values) if (value instanceof Error) throw value;
  return values as V[];
}
