import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'glossa:isPublic';

/** Marks an operation that signed-out callers may use (sign in, register, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
