/**
 * A fresh `clientId` for a create mutation: the API returns the first result when a retry sends the
 * same id again (docs/design.md, GraphQL conventions), so one id is kept per intended creation.
 */
export function newClientId(): string {
  return crypto.randomUUID();
}
