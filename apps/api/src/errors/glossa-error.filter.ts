import { ArgumentsHost, BadRequestException, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { ErrorCode, GlossaError } from './glossa-error';

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
};

@Catch()
export class GlossaErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GlossaErrorFilter');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() !== 'graphql') {
      // Plain HTTP routes (downloads, health): each fixed code becomes its HTTP status.
      if (exception instanceof GlossaError) {
        return host
          .switchToHttp()
          .getResponse()
          .status(HTTP_STATUS[exception.code])
          .json({ code: exception.code, message: exception.message });
      }
      if (exception instanceof HttpException) {
        const res = host.switchToHttp().getResponse();
        return res.status(exception.getStatus()).json(exception.getResponse());
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

export function toGraphQLError(exception: unknown, logger?: Logger): GraphQLError {
  if (exception instanceof GraphQLError) return exception;
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
