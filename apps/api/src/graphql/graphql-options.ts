import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { RequestLoaders } from '../batching/request-loaders';
import { RequestContext } from './request-context';
import { queryComplexityPlugin } from './query-complexity.plugin';
import { withFixedErrorCode } from './fixed-error-code';
import { maxAliases } from './max-aliases.rule';
import { maxDepth } from './max-depth.rule';
import { wellFormedStringLiterals } from './well-formed-text';

export const MAX_QUERY_DEPTH = 10;

/**
 * Tokens (names, punctuation, values) one document may have: Glossa's largest client document has
 * about a hundred and introspection about three hundred; parsing and validating stay cheap however
 * large a body is sent.
 */
export const MAX_QUERY_TOKENS = 5_000;

/**
 * Apollo settings: schema built from code, size, alias, depth and cost limits, CSRF prevention, no
 * stack traces.
 */
export function graphqlOptions(): ApolloDriverConfig {
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: true,
    // Apollo refuses "simple" requests (form posts, GETs without a preflight header) that a browser
    // would send cross-site with the cookie attached: the CSRF defence for cookie sessions.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    validationRules: [maxAliases, maxDepth(MAX_QUERY_DEPTH), wellFormedStringLiterals],
    // Responses are per viewer and never cached over HTTP, so Apollo's cache-control plugin (on by
    // default) would only wrap every field resolver to compute hints no one reads: on the reading
    // view (~20,000 objects, ~400,000 fields) that wrapping alone cost a large share of the time.
    plugins: [queryComplexityPlugin, ApolloServerPluginCacheControlDisabled()],
    formatError: withFixedErrorCode,
    context: ({ req, res }: Pick<RequestContext, 'req' | 'res'>): RequestContext => ({
      req,
      res,
      loaders: new RequestLoaders(),
    }),
  };
}
