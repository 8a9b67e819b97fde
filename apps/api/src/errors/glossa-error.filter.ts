import { ArgumentsHost, BadRequestException, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { GlossaError } from './glossa-error';

/**
 * The one place where exceptions become GraphQL errors with a stable `extensions.code`.
 * Anything unexpected is logged and answered with a generic message, so internals never leak.
 */
@Catch()
export class GlossaErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GlossaErrorFilter');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() !== 'graphql') {
      if (exception instanceof HttpException) {
        const res = host.switchToHttp().getResponse();
        return res.status(exception.getStatus()).json(exception.getResponse());
      }
      this.logger.error(exception);
      return host.switchToHttp().getResponse().status(500).json({ message: 'Internal server error' });
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
