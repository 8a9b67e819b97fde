import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * A whole reading view (up to 5,000 annotations, each with its first page of replies) fits; a third
 * level of nested lists (seminars × readings × annotations) does not.
 */
export const MAX_QUERY_COMPLEXITY = 5_000_000;

/**
 * Refuses operations whose estimated cost is too high before any resolver runs. A list field
 * costs its page size (`first`) times its children, so nested pages multiply.
 */
export const queryComplexityPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema }) {
        const complexity = getComplexity({
          schema,
          operationName: request.operationName,
          query: document,
          variables: request.variables,
          estimators: [
            fieldExtensionsEstimator(),
            ({ args, childComplexity }) =>
              typeof args.first === 'number' ? args.first * Math.max(childComplexity, 1) : undefined,
            simpleEstimator({ defaultComplexity: 1 }),
          ],
        });
        if (complexity > MAX_QUERY_COMPLEXITY) {
          throw new GraphQLError(
            `This query is too expensive (cost ${complexity}, limit ${MAX_QUERY_COMPLEXITY}): ask for fewer items per page.`,
            { extensions: { code: 'BAD_USER_INPUT' } },
          );
        }
      },
    };
  },
};
