import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, Kind, visit } from 'graphql';
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
        const costs = memo(document);
        const key = JSON.stringify([
          request.operationName ?? null,
          costs.firstVariables.map((name) => request.variables?.[name] ?? null),
        ]);
        let complexity = costs.byKey.get(key);
        if (complexity === undefined) {
          complexity = getComplexity({
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
          if (costs.byKey.size < 100) costs.byKey.set(key, complexity);
        }
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

/**
 * Costs already computed, per parsed document (Apollo reuses the DocumentNode of a query it has
 * seen): the cost depends only on the document and on the variables given to `first` arguments, so
 * a mutation sent a thousand times is estimated once rather than walked again each time.
 */
const memos = new WeakMap<DocumentNode, { firstVariables: string[]; byKey: Map<string, number> }>();

function memo(document: DocumentNode): { firstVariables: string[]; byKey: Map<string, number> } {
  let found = memos.get(document);
  if (!found) {
    const firstVariables = new Set<string>();
    visit(document, {
      Argument(node) {
        if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) firstVariables.add(node.value.name.value);
      },
    });
    found = { firstVariables: [...firstVariables], byKey: new Map() };
    memos.set(document, found);
  }
  return found;
}
