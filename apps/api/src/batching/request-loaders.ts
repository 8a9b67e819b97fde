/**
 * The DataLoaders of one unit of work — a GraphQL request, a socket message, a job — created on
 * first use and shared by every service during it, so loads batch and cache for that work only.
 * Keyed by the owning service, so each module keeps its loaders to itself. It holds no transport
 * object: a job or a script makes its own with `new RequestLoaders()`.
 */
export class RequestLoaders {
  private readonly byOwner = new Map<object, unknown>();

  /** The owner's loaders for this unit of work, made by `create` the first time they are asked for. */
  for<T>(owner: object, create: () => T): T {
    let loaders = this.byOwner.get(owner) as T | undefined;
    if (loaders === undefined) {
      loaders = create();
      this.byOwner.set(owner, loaders);
    }
    return loaders;
  }
}

/** Every value of `keys` through a loader (batched with the work's other loads); rejects on the first failure. */
export async function loadAll<K, V>(
  loader: { loadMany(keys: readonly K[]): Promise<Array<V | Error>> },
  keys: readonly K[],
): Promise<V[]> {
  const values = await loader.loadMany(keys);
  for (const value of values) if (value instanceof Error) throw value;
  return values as V[];
}
