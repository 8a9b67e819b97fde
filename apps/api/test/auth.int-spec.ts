import { DataSource } from 'typeorm';
import { registerUser, TEST_PASSWORD } from './factories';
import { outcome, startTestApp, TestApp } from './test-app';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token viewer { id email displayName } } }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token viewer { id } } }`;

describe('accounts', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('registers an account and signs it in with a Bearer token', async () => {
    const user = await registerUser(api, 'Ada Reader');
    const me = await api.gql<{ me: { id: string; email: string; displayName: string } }>(
      `{ me { id email displayName } }`,
      {},
      user.token,
    );
    expect(me.data?.me).toEqual({ id: user.id, email: user.email, displayName: 'Ada Reader' });
  });

  it('answers me with null when signed out', async () => {
    const me = await api.gql(`{ me { id } }`);
    expect(me.data).toEqual({ me: null });
  });

  it('stores the password as an argon2id hash', async () => {
    const user = await registerUser(api);
    const hashes: Array<{ password_hash: string }> = await api.app
      .get(DataSource)
      .query('SELECT password_hash FROM users WHERE id = $1', [user.id]);
    expect(hashes[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(hashes[0].password_hash).not.toContain(TEST_PASSWORD);
  });

  it('refuses a second account with the same email, whatever its case, with CONFLICT', async () => {
    const user = await registerUser(api);
    const again = await api.gql(REGISTER, {
      input: { email: user.email.toUpperCase(), displayName: 'Copy', password: TEST_PASSWORD },
    });
    expect(outcome(again)).toBe('CONFLICT');
  });

  it.each([
    [
      'a password shorter than 10 characters',
      { email: 'short@test.glossa', displayName: 'A', password: 'too-short' },
      /at least 10/,
    ],
    ['an invalid email', { email: 'not-an-email', displayName: 'A', password: TEST_PASSWORD }, /email/],
    [
      'a blank display name',
      { email: 'blank@test.glossa', displayName: '   ', password: TEST_PASSWORD },
      /displayName/,
    ],
  ])('refuses %s with BAD_USER_INPUT and a readable message', async (_, input, message) => {
    const result = await api.gql(REGISTER, { input });
    expect(outcome(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(message);
  });

  it('signs in with the right password and refuses a wrong one with UNAUTHENTICATED', async () => {
    const user = await registerUser(api);
    const ok = await api.gql<{ signIn: { viewer: { id: string } } }>(SIGN_IN, {
      input: { email: user.email, password: TEST_PASSWORD },
    });
    expect(ok.data?.signIn.viewer.id).toBe(user.id);
    const wrong = await api.gql(SIGN_IN, { input: { email: user.email, password: 'wrong password!' } });
    expect(outcome(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe('The email or password is not right.');
  });

  it('sets an httpOnly SameSite session cookie that authenticates the browser', async () => {
    const user = await registerUser(api);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: user.email, password: TEST_PASSWORD } } }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^glossa_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    await expect(me.json()).resolves.toEqual({ data: { me: { id: user.id } } });
  });

  it('ends the session on sign-out, so the same token no longer works', async () => {
    const user = await registerUser(api);
    const out = await api.gql(`mutation { signOut }`, {}, user.token);
    expect(out.data).toEqual({ signOut: true });
    const after = await api.gql(`{ seminars { edges { node { id } } } }`, {}, user.token);
    expect(outcome(after)).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged token', async () => {
    const user = await registerUser(api);
    const [header, payload] = user.token.split('.');
    const forged = `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
    expect(outcome(await api.gql(`{ seminars { edges { node { id } } } }`, {}, forged))).toBe('UNAUTHENTICATED');
  });
});
