import { ParseUUIDPipe } from '@nestjs/common';
import { BadUserInputError } from '../errors/glossa-error';

/** Validates an `id` argument, answering BAD_USER_INPUT rather than a generic 400. */
export const uuidArg = new ParseUUIDPipe({ exceptionFactory: () => new BadUserInputError('id must be a UUID.') });
