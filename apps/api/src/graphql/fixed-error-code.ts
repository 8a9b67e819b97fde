import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { toGraphQLError } from '../errors/glossa-error.filter';

/** Apollo's codes for a malformed or invalid operation, which clients treat as bad input. */
const BAD_OPERATION = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const logger = new Logger('GraphQL');

/**
 * Keeps `extensions.code` within docs/design.md's fixed set. Errors thrown in field resolvers bypass
 * Nest's exception filters, so they are mapped here with the same function; a malformed query, an
 * unknown enum value or a missing variable is BAD_USER_INPUT (Apollo's own code is kept as `reason`).
 */
export function withFixedErrorCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && BAD_OPERATION.has(code)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT', reason: code } };
  }
  if (code === 'INTERNAL_SERVER_ERROR' && clientFault(error)) {
    // Apollo refused the request itself with a 4xx but no code (e.g. a persisted query's hash that
    // does not match its text).
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  const original = (error as { originalError?: unknown }).originalError;
  if (code === 'INTERNAL_SERVER_ERROR' && original instanceof GraphQLError && !original.extensions?.code) {
    // graphql-js itself refused a value while coercing variables (e.g. an unknown enum value).
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (code === 'INTERNAL_SERVER_ERROR' && original) {
    const mapped = toGraphQLError(original, logger);
    return { ...formatted, message: mapped.message, extensions: { ...mapped.extensions } };
  }
  return formatted;
}

/** Whether Apollo gave the error a 4xx status (`extensions.http.status`): the request was at fault. */
function clientFault(error: unknown): boolean {
  const status = (error as { extensions?: { http?: { status?: unknown } } }).extensions?.http?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
