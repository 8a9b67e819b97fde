import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { JobQueue } from '../src/jobs/job-queue';
import { registerUser, TEST_PASSWORD, TestUser } from './factories';
import { linkIn, SmtpPeer, startSmtpPeer } from './smtp-peer';
import { GraphQLResult, outcome, startTestApp, TestApp } from './test-app';

const REQUEST = `mutation($i: RequestEmailChangeInput!) { requestEmailChange(input: $i) { email pendingEmail } }`;
const CONFIRM = `mutation($i: ConfirmEmailChangeInput!) { confirmEmailChange(input: $i) }`;
const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { token } }`;

const freshAddress = (prefix: string) => `${prefix}.${randomUUID().slice(0, 8)}@test.glossa`;
const tokenOf = (link: string) => new URL(link).searchParams.get('token') ?? '';

describe('changing one’s email, confirmed by a link sent to the new address over a real SMTP peer', () => {
  let peer: SmtpPeer;
  let api: TestApp;
  const drain = () => api.app.get(JobQueue).drain();

  beforeAll(async () => {
    peer = await startSmtpPeer();
    const mail = loadConfig({ NODE_ENV: 'test' }).mail;
    api = await startTestApp({ mail: { ...mail, smtpUrl: peer.url, publicUrl: 'https://glossa.test' } });
  });
  afterAll(async () => {
    await api?.close();
    await peer?.close();
  });

  /** Asks to move `user` to `to` and returns the link that reached `to`. */
  async function emailedLink(user: TestUser, to: string): Promise<string> {
    const after = peer.inbox.length;
    const asked = await api.gql(REQUEST, { i: { newEmail: to, password: TEST_PASSWORD } }, user.token);
    expect(outcome(asked)).toBe('OK');
    const mail = await peer.waitFor(to, { subject: /confirm/i, poke: drain, after });
    return linkIn(mail, '/confirm-email');
  }

  const confirm = (token: string): Promise<GraphQLResult<{ confirmEmailChange: string }>> =>
    api.gql<{ confirmEmailChange: string }>(CONFIRM, { i: { token } });

  const signsIn = async (email: string) => outcome(await api.gql(SIGN_IN, { i: { email, password: TEST_PASSWORD } }));

  it('emails the new address a link that, followed once, makes it the account’s email and tells the old address', async () => {
    const user = await registerUser(api, 'Ada Moving');
    const to = freshAddress('Ada.New');
    const after = peer.inbox.length;
    const link = await emailedLink(user, to);
    expect(link).toMatch(/^https:\/\/glossa\.test\/confirm-email\?token=[A-Za-z0-9_-]{40,}$/);
    const mail = peer.inbox.slice(after).find((m) => m.to === to.toLowerCase())!;
    expect(mail.subject).toBe('Confirm your new Glossa email');
    expect(mail.text).toContain('Hello Ada Moving');
    expect(mail.html).toContain(link.replace(/&/g, '&amp;'));
    // Nothing changes before the link is followed.
    expect(await signsIn(user.email)).toBe('OK');

    const confirmed = await confirm(tokenOf(link));
    expect(confirmed.data?.confirmEmailChange).toBe(to.toLowerCase());
    const account = await api.gql(`{ account { email pendingEmail } }`, {}, user.token);
    expect(account.data).toEqual({ account: { email: to.toLowerCase(), pendingEmail: null } });
    expect(await signsIn(to)).toBe('OK');
    expect(await signsIn(user.email)).toBe('UNAUTHENTICATED');

    const notice = await peer.waitFor(user.email, { subject: /was changed/, poke: drain, after });
    expect(notice.text).toContain(`now signs in with ${to.toLowerCase()}`);
  });

  it('refuses a link used already, expired, replaced by a newer request or made up, with its reason, changing nothing', async () => {
    const user = await registerUser(api, 'Ben Refused');
    const used = await emailedLink(user, freshAddress('ben.once'));
    expect(outcome(await confirm(tokenOf(used)))).toBe('OK');
    const again = await confirm(tokenOf(used));
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EMAIL_LINK_USED' });

    const late = await emailedLink(user, freshAddress('ben.late'));
    await api.app
      .get(DataSource)
      .query(
        `UPDATE email_changes SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND used_at IS NULL`,
        [user.id],
      );
    const expired = await confirm(tokenOf(late));
    expect(expired.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EMAIL_LINK_EXPIRED' });

    const older = await emailedLink(user, freshAddress('ben.older'));
    const newer = await emailedLink(user, freshAddress('ben.newer'));
    const replaced = await confirm(tokenOf(older));
    expect(replaced.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EMAIL_LINK_UNKNOWN' });
    const madeUp = await confirm('m'.repeat(43));
    expect(madeUp.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EMAIL_LINK_UNKNOWN' });

    const account = await api.gql<{ account: { email: string; pendingEmail: string } }>(
      `{ account { email pendingEmail } }`,
      {},
      user.token,
    );
    expect(account.data?.account.email).toMatch(/^ben\.once\./);
    expect(account.data?.account.pendingEmail).toMatch(/^ben\.newer\./);
    expect(outcome(await confirm(tokenOf(newer)))).toBe('OK');
  });

  it('keeps only a hash of the token', async () => {
    const user = await registerUser(api, 'Cy Hashed');
    const token = tokenOf(await emailedLink(user, freshAddress('cy.new')));
    const rows: Array<{ token_hash: string }> = await api.app
      .get(DataSource)
      .query(`SELECT token_hash FROM email_changes WHERE user_id = $1`, [user.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(token);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses with CONFLICT when another account took the address before the link was followed', async () => {
    const user = await registerUser(api, 'Dee Slow');
    const to = freshAddress('dee.contested');
    const link = await emailedLink(user, to);
    const quicker = await api.gql(`mutation($i: RegisterInput!) { register(input: $i) { token } }`, {
      i: { email: to, password: TEST_PASSWORD, displayName: 'Quicker' },
    });
    expect(outcome(quicker)).toBe('OK');
    expect(outcome(await confirm(tokenOf(link)))).toBe('CONFLICT');
    expect(await signsIn(user.email)).toBe('OK');
  });

  it('forgets the pending address and its link when the account is deleted', async () => {
    const user = await registerUser(api, 'Fay Leaving');
    const link = await emailedLink(user, freshAddress('fay.new'));
    const deleted = await api.gql(
      `mutation { deleteAccount(input: { password: "${TEST_PASSWORD}" }) }`,
      {},
      user.token,
    );
    expect(outcome(deleted)).toBe('OK');
    const rows: unknown[] = await api.app
      .get(DataSource)
      .query(`SELECT 1 FROM email_changes WHERE user_id = $1`, [user.id]);
    expect(rows).toHaveLength(0);
    const refused = await confirm(tokenOf(link));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EMAIL_LINK_UNKNOWN' });
  });

  it('sends at most five confirmation emails an hour per account (RATE_LIMITED after)', async () => {
    const user = await registerUser(api, 'Eve Eager');
    for (let i = 0; i < 5; i++) {
      const asked = await api.gql(
        REQUEST,
        { i: { newEmail: freshAddress('eve'), password: TEST_PASSWORD } },
        user.token,
      );
      expect(outcome(asked)).toBe('OK');
    }
    const refused = await api.gql(
      REQUEST,
      { i: { newEmail: freshAddress('eve'), password: TEST_PASSWORD } },
      user.token,
    );
    expect(outcome(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toEqual(expect.any(Number));
  });
});
