import { ArgumentsHost, BadRequestException, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from './database-unavailable';
import { ErrorCode, GlossaError, UnavailableError } from './glossa-error';

/** Where GraphQL is served (graphql-options.ts). */
const GRAPHQL_PATH = '/graphql';

/**
 * The one place where exceptions become GraphQL errors with a stable `extensions.code`.
 * Anything unexpected is logged and answered with a generic message, so internals never leak.
 */
const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

@Catch()
export class GlossaErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GlossaErrorFilter');

  catch(caught: unknown, host: ArgumentsHost) {
    const exception = unavailableOr(caught, this.logger);
    if (host.getType<GqlContextType>() !== 'graphql') {
      const graphqlRequest = host.switchToHttp().getRequest<{ path?: string }>().path === GRAPHQL_PATH;
      // Plain HTTP routes (downloads, health): each fixed code becomes its HTTP status.
      if (exception instanceof GlossaError) {
        return host
          .switchToHttp()
          .getResponse()
          .status(HTTP_STATUS[exception.code])
          .json({ code: exception.code, message: exception.message });
      }
      if (exception instanceof HttpException && graphqlRequest && exception.getStatus() < 500) {
        // A body that never reached Apollo (Nest reports the JSON parser's refusal as a 400): answered
        // in the GraphQL-over-HTTP shape with a fixed code, like Apollo's own refusals.
        return host
          .switchToHttp()
          .getResponse()
          .status(exception.getStatus())
          .json({ errors: [{ message: exception.message, extensions: { code: 'BAD_USER_INPUT' } }] });
      }
      if (exception instanceof HttpException) {
        const res = host.switchToHttp().getResponse();
        return res.status(exception.getStatus()).json(exception.getResponse());
      }
      const refused = unreadableRequest(exception);
      if (refused) {
        // On /graphql in the GraphQL-over-HTTP shape a client reads there; elsewhere as other routes answer.
        const body = graphqlRequest
          ? { errors: [{ message: refused.message, extensions: { code: 'BAD_USER_INPUT' } }] }
          : { code: 'BAD_USER_INPUT', message: refused.message };
        return host.switchToHttp().getResponse().status(refused.status).json(body);
      }
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
      return host
        .switchToHttp()
        .getResponse()
        .status(500)
        .json({ code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side.' });
    }
    GqlArgumentsHost.create(host);
    return toGraphQLError(exception, this.logger);
  }
}

export function toGraphQLError(caught: unknown, logger?: Logger): GraphQLError {
  if (caught instanceof GraphQLError) return caught;
  const exception = unavailableOr(caught, logger);
  if (exception instanceof GlossaError) {
    return new GraphQLError(exception.message, { extensions: { code: exception.code, ...exception.details } });
  }
  if (exception instanceof BadRequestException) {
    const body = exception.getResponse() as { message?: string | string[] };
    const reasons = Array.isArray(body.message) ? body.message : [body.message ?? exception.message];
    return new GraphQLError(`Invalid input: ${reasons.join('; ')}`, {
      extensions: { code: 'BAD_USER_INPUT', reasons },
    });
  }
  logger?.error(exception instanceof Error ? exception.stack : String(exception));
  return new GraphQLError('Something went wrong on our side; nothing was changed.', {
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

/** A lost database becomes UNAVAILABLE (retryable), logged as a warning rather than as our bug. */
function unavailableOr(exception: unknown, logger?: Logger): unknown {
  if (exception instanceof GlossaError || !isDatabaseUnavailable(exception)) return exception;
  logger?.warn(`database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
  return new UnavailableError('Glossa cannot reach its database just now; nothing was changed. Try again in a moment.', {
    retryable: true,
  });
}

/**
 * A request refused before any route saw it: Express's body parser throws http-errors with a 4xx
 * `status` and `expose: true` (a body over the limit is 413, one that is not JSON 400).
 */
function unreadableRequest(exception: unknown): { status: number; message: string } | undefined {
  const error = exception as { status?: unknown; expose?: unknown; type?: unknown; limit?: unknown; message?: unknown };
  if (typeof error?.status !== 'number' || error.status < 400 || error.status >= 500 || error.expose !== true) return undefined;
  if (error.type === 'entity.too.large' && typeof error.limit === 'number') {
    return { status: error.status, message: `The request body is larger than the limit of ${error.limit} bytes.` };
  }
  if (error.type === 'entity.parse.failed') return { status: error.status, message: 'The request body is not valid JSON.' };
  return { status: error.status, message: typeof error.message === 'string' ? error.message : 'The request was refused.' };
}
