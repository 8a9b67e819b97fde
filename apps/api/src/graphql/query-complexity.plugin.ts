import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema, Kind, visit } from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { listCostEstimator } from './list-cost';

/**
 * A whole reading view (up to 5,000 annotations, each with its first page of replies) fits; a third
 * level of nested lists (seminars × readings × annotations) does not.
 */
export const MAX_QUERY_COMPLEXITY = 5_000_000;

/** Fields (with their fragments' fields, each time a fragment is spread) the estimate walks at most. */
export const MAX_QUERY_NODES = 10_000;

/**
 * Refuses operations whose estimated cost is too high before any resolver runs. Every list field
 * costs its length times its children (list-cost.ts), so nested lists multiply; a field may declare
 * its own cost (`complexity`, as `search` does). A refusal is bad input: HTTP 400, BAD_USER_INPUT.
 * Apollo answers any other error thrown here with HTTP 500, so the estimate's own refusals (invalid
 * variables, too many nodes) are given the same status and code.
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
          try {
            complexity = getComplexity({
              schema,
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              estimators: estimatorsFor(schema),
              maxQueryNodes: MAX_QUERY_NODES,
            });
          } catch (error) {
            if (!(error instanceof GraphQLError)) throw error;
            throw badInput(error.message, error);
          }
          if (costs.byKey.size < 100) costs.byKey.set(key, complexity);
        }
        if (complexity > MAX_QUERY_COMPLEXITY) {
          throw badInput(
            `This query is too expensive (cost ${complexity}, limit ${MAX_QUERY_COMPLEXITY}): ask for fewer items per page.`,
          );
        }
      },
    };
  },
};

function badInput(message: string, cause?: GraphQLError): GraphQLError {
  return new GraphQLError(message, {
    nodes: cause?.nodes,
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}

const estimators = new WeakMap<GraphQLSchema, ComplexityEstimator[]>();

function estimatorsFor(schema: GraphQLSchema): ComplexityEstimator[] {
  let found = estimators.get(schema);
  if (!found) {
    found = [fieldExtensionsEstimator(), listCostEstimator(schema), simpleEstimator({ defaultComplexity: 1 })];
    estimators.set(schema, found);
  }
  return found;
}

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
