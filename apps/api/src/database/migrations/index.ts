import { Foundation1763900000000 } from './1763900000000-foundation';

/** Every migration in order. Listed by hand because the API is bundled (no glob at run time). */
export const migrations = [Foundation1763900000000];
