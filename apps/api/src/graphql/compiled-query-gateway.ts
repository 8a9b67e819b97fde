import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { DocumentNode, ExecutionResult, GraphQLError, GraphQLSchema, printSchema } from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { operationVariables } from './operation-variables';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/**
 * Executes operations with graphql-jit instead of graphql-js's interpreter, through the one door
 * Apollo Server leaves open for another executor (its `gateway` option). Apollo still parses,
 * validates, runs the plugins and formats errors; only execution changes.
 *
 * Why: the reading view resolves ~600,000 fields (bench:reading-view), and graphql-js's per-field
 * work (argument values, promise bookkeeping, result maps) and the garbage it leaves were most of
 * the response time. A compiled query resolves the same fields with the same resolvers in
 * straight-line code.
 */
export function compiledQueryGateway(schema: GraphQLSchema): Gateway {
  const compiled = new CompiledQueries(withPropertyReadsInlined(schema));
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async load() {
      return {
        executor: async ({ document, operation, operationName, context, request }) => {
          const query = compiled.get(document, operationName);
          if (!isCompiledQuery(query)) return query;
          const checked = operationVariables(schema, operation, request.variables);
          if ('errors' in checked) return { errors: checked.errors };
          const result = await query.query(undefined, context, checked.variables);
          return result.errors ? { ...result, errors: result.errors.map(withExtensions) } : result;
        },
      };
    },
    async stop() {
      // Nothing to release: compiled queries go with their documents.
    },
  };
}

/** The name of the resolver NestJS gives every plain field of a code-first object type. */
export const NEST_PROPERTY_RESOLVER = 'rootFieldResolver';

/**
 * The schema without NestJS's resolver on plain fields. NestJS gives every field of a code-first
 * object type a resolver that reads the property (or, had the field one, its declared default value,
 * or runs field middleware: Glossa declares neither). A compiled query reads a property inline
 * when the field has no resolver, but calls the resolver when there is one: on the reading view that
 * was ~400,000 needless calls per request.
 */
export function withPropertyReadsInlined(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) =>
      field.resolve?.name === NEST_PROPERTY_RESOLVER ? { ...field, resolve: undefined } : field,
  });
}

/**
 * graphql-jit's errors leave `extensions` undefined when the thrown error had none, where graphql-js
 * (and Apollo's error formatting, which reads `extensions.code`) always has an object.
 */
function withExtensions(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError });
  Object.defineProperty(copy, 'locations', { value: error.locations, enumerable: Boolean(error.locations) });
  return copy;
}

/**
 * Compiled queries by document and operation. Apollo keeps one parsed document per query text in
 * its (bounded) document store and hands the same object back, so a WeakMap on the document caches
 * as long as Apollo does and no longer.
 */
class CompiledQueries {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();

  constructor(private readonly schema: GraphQLSchema) {}

  get(document: DocumentNode, operationName: string | null): CompiledQuery | ExecutionResult {
    let byOperation = this.byDocument.get(document);
    if (!byOperation) {
      byOperation = new Map();
      this.byDocument.set(document, byOperation);
    }
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (!query) {
      // Stack traces of resolver errors are never sent (includeStacktraceInErrorResponses: false).
      query = compileQuery(this.schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      byOperation.set(key, query);
    }
    return query;
  }
}
