import { createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { JobQueue } from '../src/jobs/job-queue';
import { registerUser, TEST_PASSWORD, TestUser, uniqueEmail } from './factories';
import { linkIn, SmtpPeer, startSmtpPeer } from './smtp-peer';
import { outcome, startTestApp, TestApp } from './test-app';

const REQUEST = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const NEW_PASSWORD = 'a brand new passphrase';

function tokenOf(link: string): string {
  return new URL(link).searchParams.get('token') ?? '';
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function appWithRelay(smtpUrl: string, resetsPerHour = 3): Promise<TestApp> {
  const mail = loadConfig({ NODE_ENV: 'test' }).mail;
  return startTestApp({ mail: { ...mail, smtpUrl, resetsPerHour, publicUrl: 'https://glossa.test' } });
}

describe('password reset by emailed link, over a real SMTP peer', () => {
  let peer: SmtpPeer;
  let api: TestApp;
  const drain = () => api.app.get(JobQueue).drain();

  beforeAll(async () => {
    peer = await startSmtpPeer();
    api = await appWithRelay(peer.url);
  });
  afterAll(async () => {
    await api?.close();
    await peer?.close();
  });

  async function emailedLink(user: TestUser): Promise<string> {
    const after = peer.inbox.length;
    expect(await api.gql(REQUEST, { input: { email: user.email } })).toMatchObject({
      data: { requestPasswordReset: true },
    });
    const mail = await peer.waitFor(user.email, { subject: /reset/i, poke: drain, after });
    return linkIn(mail, '/reset-password');
  }

  it('emails a plain-text and HTML message whose link sets a new password', async () => {
    const user = await registerUser(api, 'Forgetful');
    const after = peer.inbox.length;
    await api.gql(REQUEST, { input: { email: user.email.toUpperCase() } });
    const mail = await peer.waitFor(user.email, { subject: /reset/i, poke: drain, after });
    const link = linkIn(mail, '/reset-password');
    expect(link).toMatch(/^https:\/\/glossa\.test\/reset-password\?token=[A-Za-z0-9_-]{40,}$/);
    expect(mail.text).toContain('Hello Forgetful');
    expect(mail.html).toContain(`href="${link}"`);

    expect(outcome(await api.gql(RESET, { input: { token: tokenOf(link), newPassword: NEW_PASSWORD } }))).toBe('OK');
    const signedIn = await api.gql(SIGN_IN, { input: { email: user.email, password: NEW_PASSWORD } });
    expect(outcome(signedIn)).toBe('OK');
    const old = await api.gql(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(outcome(old)).toBe('UNAUTHENTICATED');
  });

  it('stores only a hash of the token', async () => {
    const user = await registerUser(api, 'Hashed');
    const token = tokenOf(await emailedLink(user));
    const rows: Array<{ token_hash: string }> = await api.app
      .get(DataSource)
      .query(`SELECT token_hash FROM password_resets WHERE user_id = $1`, [user.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].token_hash).not.toContain(token);
  });

  it('a link works once: the second use is RESET_LINK_USED', async () => {
    const user = await registerUser(api, 'Twice');
    const token = tokenOf(await emailedLink(user));
    expect(outcome(await api.gql(RESET, { input: { token, newPassword: NEW_PASSWORD } }))).toBe('OK');
    const again = await api.gql(RESET, { input: { token, newPassword: 'yet another passphrase' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RESET_LINK_USED' });
    const signedIn = await api.gql(SIGN_IN, { input: { email: user.email, password: NEW_PASSWORD } });
    expect(outcome(signedIn)).toBe('OK');
  });

  it('a link expires: after its hour it is RESET_LINK_EXPIRED and the password stays', async () => {
    const user = await registerUser(api, 'Late');
    const token = tokenOf(await emailedLink(user));
    await api.app
      .get(DataSource)
      .query(`UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    const late = await api.gql(RESET, { input: { token, newPassword: NEW_PASSWORD } });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RESET_LINK_EXPIRED' });
    const signedIn = await api.gql(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(outcome(signedIn)).toBe('OK');
  });

  it('a made-up token is RESET_LINK_UNKNOWN', async () => {
    const made = await api.gql(RESET, { input: { token: 'x'.repeat(43), newPassword: NEW_PASSWORD } });
    expect(made.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RESET_LINK_UNKNOWN' });
  });

  it('setting the new password signs the account out everywhere and spends its other links', async () => {
    const user = await registerUser(api, 'Everywhere');
    const other = await api.gql<{ signIn: { token: string } }>(SIGN_IN, {
      input: { email: user.email, password: TEST_PASSWORD },
    });
    const first = tokenOf(await emailedLink(user));
    const second = tokenOf(await emailedLink(user));
    expect(outcome(await api.gql(RESET, { input: { token: second, newPassword: NEW_PASSWORD } }))).toBe('OK');
    for (const token of [user.token, other.data?.signIn.token]) {
      expect(await api.gql(`{ me { id } }`, {}, token)).toMatchObject({ data: { me: null } });
    }
    const stale = await api.gql(RESET, { input: { token: first, newPassword: 'another passphrase' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ reason: 'RESET_LINK_USED' });
  });

  it('an address without an account gets the same answer and no mail', async () => {
    const nobody = uniqueEmail('nobody');
    const answer = await api.gql(REQUEST, { input: { email: nobody } });
    expect(answer).toEqual({ status: 200, data: { requestPasswordReset: true } });
    const database = api.app.get(DataSource);
    // Wait until the request's job has run, then look for a message to that address.
    for (let state = ''; state !== 'done'; await drain()) {
      const rows: Array<{ state: string }> = await database.query(
        `SELECT state FROM jobs WHERE queue = 'auth.password-reset' AND payload->>'email' = $1`,
        [nobody],
      );
      state = rows[0]?.state ?? '';
      if (state !== 'done') await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const mails: Array<{ n: number }> = await database.query(
      `SELECT count(*)::int AS n FROM jobs WHERE queue = 'mail' AND payload->>'to' = $1`,
      [nobody],
    );
    expect(mails[0].n).toBe(0);
    expect(peer.inbox.filter((m) => m.to === nobody)).toHaveLength(0);
  });

  it('asking too often for one address is RATE_LIMITED, whether or not it has an account', async () => {
    const user = await registerUser(api, 'Impatient');
    for (const email of [user.email, uniqueEmail('nobody')]) {
      for (let i = 0; i < 3; i++) expect(outcome(await api.gql(REQUEST, { input: { email } }))).toBe('OK');
      const refused = await api.gql(REQUEST, { input: { email } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        retryAfterSeconds: expect.any(Number),
      });
    }
  });
});

describe('mail while the SMTP relay is down', () => {
  it('a reset link queued while the relay is down arrives once it is back', async () => {
    const port = await freePort();
    const api = await appWithRelay(`smtp://127.0.0.1:${port}`);
    let peer: SmtpPeer | null = null;
    try {
      const user = await registerUser(api, 'Patient');
      await api.gql(REQUEST, { input: { email: user.email } });
      const database = api.app.get(DataSource);
      const mailJob = async () =>
        (
          (await database.query(
            `SELECT state, attempts, last_error FROM jobs WHERE queue = 'mail' AND payload->>'to' = $1`,
            [user.email],
          )) as Array<{ state: string; attempts: number; last_error: string | null }>
        )[0];
      // The relay refuses the first try: the message waits in the queue for its back-off.
      for (let job = await mailJob(); !job || job.attempts < 1 || job.state === 'running'; job = await mailJob()) {
        await api.app.get(JobQueue).drain();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await mailJob()).toMatchObject({ state: 'queued', attempts: 1, last_error: expect.any(String) });

      peer = await startSmtpPeer(port);
      const mail = await peer.waitFor(user.email, { subject: /reset/i, poke: () => api.app.get(JobQueue).drain() });
      expect(linkIn(mail, '/reset-password')).toContain('token=');
      // The job is marked done just after the relay took the message, so it is looked at until then.
      for (const deadline = Date.now() + 10_000; (await mailJob()).state !== 'done' && Date.now() < deadline; )
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await mailJob()).toMatchObject({ state: 'done' });
    } finally {
      await api.close();
      await peer?.close();
    }
  });
});
