/**
 * A client-generated id that makes a retried create return the first result instead of a
 * duplicate (docs/design.md, GraphQL conventions). Unique per author through partial indexes.
 */
export const CLIENT_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
