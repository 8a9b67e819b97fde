import { randomBytes } from 'node:crypto';
import type { GraphQLResult } from './test-app';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { viewer { id } } }`;

/**
 * A network address of its own for one test (from 2001:db8::/32, kept for documentation), so
 * counters left in a shared Redis by another test or run never meet this one's.
 */
export function freshAddress(): string {
  return `2001:db8:${randomBytes(2).toString('hex')}::${randomBytes(2).toString('hex')}`;
}

/**
 * signIn as sent through a proxy on behalf of `address`: the API trusts X-Forwarded-For from
 * loopback (TRUST_PROXY's default), as it would from the campus proxy in front of it.
 */
export async function signInFrom(
  baseUrl: string,
  address: string,
  input: Record<string, unknown>,
): Promise<GraphQLResult<{ signIn: { viewer: { id: string } } }>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: SIGN_IN, variables: { input } }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/** Inputs refused by validation before any password is checked. */
export function wronglyTypedInputs(email: string): Array<Record<string, unknown>> {
  return [
    { email, password: 12345 },
    { email, password: { guess: 'x' } },
    { email, password: null },
    { email },
    { email, password: '' },
    { email, password: 'x'.repeat(201) },
    { email: 42, password: 'a wrong guess' },
    { email: 'not an email', password: 'a wrong guess' },
  ];
}
