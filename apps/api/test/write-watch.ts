/**
 * Tells whether the HTTP requests made while it watched could have changed any data, so that the
 * permission matrix can hand the same scene to its next cell instead of building a fresh one.
 *
 * A request counts as a write when it is a GraphQL mutation answered without errors, or any other
 * non-GET request answered below 400. A refused mutation counts as no write: an error leaves nothing
 * half-written (docs/design.md), and a cell that broke that promise would show in the cells after it.
 */
export interface WriteWatch {
  /** Stops watching and says whether anything may have been written. */
  stop(): Promise<boolean>;
}

export function watchWrites(): WriteWatch {
  const original = globalThis.fetch;
  const verdicts: Array<Promise<boolean>> = [];
  globalThis.fetch = async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    const response = await original(input, init);
    verdicts.push(wroteBy(init, response.clone()));
    return response;
  };
  return {
    async stop() {
      globalThis.fetch = original;
      return (await Promise.all(verdicts)).some(Boolean);
    },
  };
}

async function wroteBy(init: Parameters<typeof fetch>[1], response: Response): Promise<boolean> {
  const method = (init?.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return false;
  const document = graphqlDocument(init?.body);
  if (document === null) return response.status < 400;
  if (!/^\s*mutation\b/.test(document)) return false;
  const body = (await response.json().catch(() => ({}))) as { errors?: unknown[] };
  return !body.errors?.length;
}

/** The query text of a JSON GraphQL request body, or null for any other body. */
function graphqlDocument(body: unknown): string | null {
  if (typeof body !== 'string') return null;
  try {
    const parsed = JSON.parse(body) as { query?: unknown };
    return typeof parsed.query === 'string' ? parsed.query : null;
  } catch {
    return null;
  }
}
