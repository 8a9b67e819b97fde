/** A minimal GraphQL-over-HTTP client (what a browser's fetch does), with a Bearer session. */
export async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

/** Registers an account and returns its id and session token. */
export async function register(url: string, name: string): Promise<{ id: string; token: string }> {
  const result = await graphql<{ register: { token: string; viewer: { id: string } } }>(
    url,
    `
      mutation ($input: RegisterInput!) {
        register(input: $input) {
          token
          viewer {
            id
          }
        }
      }
    `,
    {
      input: {
        email: `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@bench.glossa`,
        displayName: name,
        password: 'benchmark password',
      },
    },
  );
  return { id: result.register.viewer.id, token: result.register.token };
}
