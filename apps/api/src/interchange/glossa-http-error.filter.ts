import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ErrorCode, GlossaError } from '../errors/glossa-error';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/**
 * The download endpoints answer plain HTTP: each fixed error code becomes its HTTP status, with the
 * same code and message in a JSON body. (The app-wide filter speaks GraphQL.)
 */
@Catch()
export class GlossaHttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Export');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof GlossaError) {
      res.status(STATUS[exception.code]).json({ code: exception.code, message: exception.message });
      return;
    }
    if (exception instanceof HttpException) {
      res.status(exception.getStatus()).json(exception.getResponse());
      return;
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side.' });
  }
}
