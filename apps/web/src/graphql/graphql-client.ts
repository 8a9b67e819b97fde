import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { errorCodes } from './graphql-error';

export interface GraphqlClientOptions {
  /** Called when a query finds the session gone (expired or signed out elsewhere). */
  onUnauthenticated: () => void;
}

/**
 * The one GraphQL client of the web app. The session travels as the API's httpOnly cookie, so the
 * client holds no token; it only has to send same-origin credentials.
 */
export function createGraphqlClient({ onUnauthenticated }: GraphqlClientOptions): Client {
  return new Client({
    url: '/graphql',
    // Apollo's CSRF prevention refuses simple GET requests, so every operation is a JSON POST.
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
    requestPolicy: 'cache-and-network',
    exchanges: [
      mapExchange({
        onError(error, operation) {
          // A failed sign-in also answers UNAUTHENTICATED; only a query means "the session is gone".
          if (operation.kind === 'query' && errorCodes(error).includes('UNAUTHENTICATED')) onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
