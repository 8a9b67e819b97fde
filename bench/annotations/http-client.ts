import { Agent, request } from 'node:http';

/** Errors of a connection that broke before an answer came: the request may or may not have run. */
const CONNECTION_ERRORS = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED']);
const ATTEMPTS = 3;
/** An answer UNAVAILABLE with `retryable: true` (the database out of reach, or its pool too busy). */
const UNAVAILABLE_ATTEMPTS = 5;
const UNAVAILABLE_PAUSE_MS = 500;
const IDLE_TIMEOUT_MS = 30_000;

interface GraphqlError {
  extensions?: { code?: string; retryable?: boolean };
}

/**
 * A lean GraphQL-over-HTTP client for load: node:http with kept-alive sockets, one per concurrent
 * client. `fetch` (undici) costs several times more CPU per request, and the benchmark's clients
 * share the machine with the API and PostgreSQL, so a heavy client would be counted against the API.
 *
 * A request whose connection breaks is sent again only when the caller says that is safe
 * (`retry: true`: a create carrying a clientId, which the API answers with the first row when it
 * sees the clientId again); anything else fails, as before. `retries` counts what was sent again.
 * The same creates are sent again, after a pause, when the API answers UNAVAILABLE with
 * `retryable: true` (nothing was written; `unavailableRetries` counts them).
 */
export class LeanGraphqlClient {
  retries = 0;
  unavailableRetries = 0;
  private readonly agent: Agent;
  private readonly host: string;
  private readonly port: number;

  constructor(url: string, sockets: number) {
    const parsed = new URL(url);
    this.host = parsed.hostname;
    this.port = Number(parsed.port);
    // An idle timeout of its own, below the API's 65 s: Node's agent follows the server's
    // `Keep-Alive: timeout` hint only when it has one, so without it a socket would be reused however
    // long it sat idle (docs/operations.md, "Connections under load").
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets, timeout: IDLE_TIMEOUT_MS });
  }

  async post<T>(
    query: string,
    variables: Record<string, unknown>,
    token: string,
    options: { retry?: boolean } = {},
  ): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.send<T>(query, variables, token);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (options.retry && code === 'UNAVAILABLE' && attempt < UNAVAILABLE_ATTEMPTS) {
          this.unavailableRetries += 1;
          await new Promise((resolve) => setTimeout(resolve, UNAVAILABLE_PAUSE_MS));
          continue;
        }
        if (!options.retry || attempt >= ATTEMPTS || !code || !CONNECTION_ERRORS.has(code)) throw error;
        this.retries += 1;
      }
    }
  }

  private send<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const body = JSON.stringify({ query, variables });
    return new Promise<T>((resolve, reject) => {
      const req = request(
        {
          agent: this.agent,
          host: this.host,
          port: this.port,
          method: 'POST',
          path: '/graphql',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: `Bearer ${token}`,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: T; errors?: GraphqlError[] };
            if (parsed.data && !parsed.errors) return resolve(parsed.data);
            const failure: NodeJS.ErrnoException = new Error(
              `GraphQL failed: ${JSON.stringify(parsed.errors).slice(0, 500)}`,
            );
            const first = parsed.errors?.[0]?.extensions;
            if (first?.code === 'UNAVAILABLE' && first.retryable === true) failure.code = 'UNAVAILABLE';
            reject(failure);
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
