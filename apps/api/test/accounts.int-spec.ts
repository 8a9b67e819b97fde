import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { annotated } from './annotation-factories';
import { addClaim, createDebate } from './debate-factories';
import { addReading, createSeminar, joinAs, registerUser, TEST_PASSWORD, TestUser } from './factories';
import { connected, rawSocket, RawSocket } from './realtime-sockets';
import { outcome, startTestApp, TestApp } from './test-app';

const TEXT = 'Human security puts people first, and human security is a shared concern.';
const SESSIONS = `{ mySessions { id userAgent address createdAt lastSeenAt current } }`;
const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { token } }`;
const CHANGE_PASSWORD = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { signedOutSessions } }`;
const DELETE_ACCOUNT = `mutation($i: DeleteAccountInput!) { deleteAccount(input: $i) }`;
const REPLY = `mutation($i: ReplyInput!) { reply(input: $i) { id } }`;
const READING_VIEW = `query($id: ID!) { reading(id: $id) { annotations { edges { node { id body tags deleted
  author { displayName } replies { edges { node { body deleted author { displayName } } } } } } } } }`;

interface ViewedAnnotation {
  id: string;
  body: string;
  tags: string[];
  deleted: boolean;
  author: { displayName: string };
  replies: { edges: Array<{ node: { body: string; deleted: boolean; author: { displayName: string } } }> };
}

describe('accounts: name, password, sessions, email and closing an account', () => {
  let api: TestApp;
  let db: DataSource;
  const sockets: RawSocket[] = [];

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));
  afterAll(() => api.close());

  async function signInAgain(user: TestUser, password = TEST_PASSWORD): Promise<string> {
    const result = await api.gql<{ signIn: { token: string } }>(SIGN_IN, { i: { email: user.email, password } });
    if (!result.data) throw new Error(`signIn failed: ${JSON.stringify(result.errors)}`);
    return result.data.signIn.token;
  }

  async function meWith(token: string): Promise<string | null> {
    const me = await api.gql<{ me: { id: string } | null }>(`{ me { id } }`, {}, token);
    return me.data?.me?.id ?? null;
  }

  /** A person with a reading to annotate in a seminar someone else owns. */
  async function memberOfSomeoneElsesSeminar(name: string) {
    const owner = await registerUser(api, 'Convenor');
    const seminar = await createSeminar(api, owner);
    const member = await registerUser(api, name);
    await joinAs(api, seminar, owner, member, 'MEMBER');
    const reading = { ...(await addReading(api, seminar.id, owner, TEXT)), text: TEXT };
    return { owner, seminar, member, reading };
  }

  it('shows my account and my sessions, this one first, with device, address and last seen', async () => {
    const user = await registerUser(api, 'Ada Sessions');
    const laptop = await signInAgain(user);
    await meWith(laptop);
    const account = await api.gql(`{ account { id email displayName pendingEmail } }`, {}, user.token);
    expect(account.data).toEqual({
      account: { id: user.id, email: user.email, displayName: 'Ada Sessions', pendingEmail: null },
    });
    const listed = await api.gql<{ mySessions: Array<Record<string, unknown>> }>(SESSIONS, {}, user.token);
    const sessions = listed.data!.mySessions;
    expect(sessions.map((s) => s.current)).toEqual([true, false]);
    for (const session of sessions) {
      expect(session.userAgent).toEqual(expect.any(String));
      expect(session.address).toEqual(expect.any(String));
      expect(session.lastSeenAt).toEqual(expect.any(String));
    }
  });

  it('changes my display name, which my posts then show to others', async () => {
    const { owner, member, reading } = await memberOfSomeoneElsesSeminar('Old Name');
    await annotated(api, member, reading, 'Human security');
    const changed = await api.gql(
      `mutation($i: ChangeDisplayNameInput!) { changeDisplayName(input: $i) { displayName } }`,
      { i: { displayName: '  New Name ' } },
      member.token,
    );
    expect(changed.data).toEqual({ changeDisplayName: { displayName: 'New Name' } });
    const me = await api.gql<{ me: { displayName: string } }>(`{ me { displayName } }`, {}, member.token);
    expect(me.data?.me.displayName).toBe('New Name');
    const seen = await api.gql<{ reading: { annotations: { edges: Array<{ node: ViewedAnnotation }> } } }>(
      READING_VIEW,
      { id: reading.id },
      owner.token,
    );
    expect(seen.data!.reading.annotations.edges.map((e) => e.node.author.displayName)).toEqual(['New Name']);
  });

  it('refuses a blank display name with BAD_USER_INPUT', async () => {
    const user = await registerUser(api);
    const blank = await api.gql(
      `mutation { changeDisplayName(input: { displayName: "   " }) { displayName } }`,
      {},
      user.token,
    );
    expect(outcome(blank)).toBe('BAD_USER_INPUT');
  });

  it('changes my password given the current one, signing out my other sessions and keeping this one', async () => {
    const user = await registerUser(api);
    const other = await signInAgain(user);
    const wrong = await api.gql(
      CHANGE_PASSWORD,
      { i: { currentPassword: 'not my password', newPassword: 'a brand new passphrase' } },
      user.token,
    );
    expect(outcome(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0].extensions?.reason).toBe('WRONG_PASSWORD');
    expect(await meWith(other)).toBe(user.id);

    const changed = await api.gql(
      CHANGE_PASSWORD,
      { i: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' } },
      user.token,
    );
    expect(changed.data).toEqual({ changePassword: { signedOutSessions: 1 } });
    expect(await meWith(user.token)).toBe(user.id);
    expect(await meWith(other)).toBeNull();
    expect(outcome(await api.gql(SIGN_IN, { i: { email: user.email, password: TEST_PASSWORD } }))).toBe(
      'UNAUTHENTICATED',
    );
    await expect(signInAgain(user, 'a brand new passphrase')).resolves.toEqual(expect.any(String));
  });

  it('refuses a new password shorter than 10 characters with BAD_USER_INPUT', async () => {
    const user = await registerUser(api);
    const short = await api.gql(
      CHANGE_PASSWORD,
      { i: { currentPassword: TEST_PASSWORD, newPassword: 'short' } },
      user.token,
    );
    expect(outcome(short)).toBe('BAD_USER_INPUT');
    expect(short.errors?.[0].message).toMatch(/at least 10/);
  });

  it('signs out another of my sessions and closes its sockets; someone else’s session is NOT_FOUND', async () => {
    const user = await registerUser(api);
    const phone = await signInAgain(user);
    const socket = rawSocket(api.url, { auth: { token: phone } });
    sockets.push(socket);
    await connected(socket);
    const closed = new Promise<string>((resolve) => socket.on('disconnect', (reason) => resolve(reason)));
    const listed = await api.gql<{ mySessions: Array<{ id: string; current: boolean }> }>(SESSIONS, {}, user.token);
    const phoneSession = listed.data!.mySessions.find((s) => !s.current)!;

    const stranger = await registerUser(api);
    const notTheirs = await api.gql(
      `mutation($id: ID!) { endSession(input: { sessionId: $id }) }`,
      { id: phoneSession.id },
      stranger.token,
    );
    expect(outcome(notTheirs)).toBe('NOT_FOUND');
    expect(await meWith(phone)).toBe(user.id);

    const ended = await api.gql(
      `mutation($id: ID!) { endSession(input: { sessionId: $id }) }`,
      { id: phoneSession.id },
      user.token,
    );
    expect(ended.data).toEqual({ endSession: true });
    await expect(closed).resolves.toBe('io server disconnect');
    expect(await meWith(phone)).toBeNull();
    expect(await meWith(user.token)).toBe(user.id);
    const after = await api.gql<{ mySessions: Array<{ id: string }> }>(SESSIONS, {}, user.token);
    expect(after.data!.mySessions.map((s) => s.id)).not.toContain(phoneSession.id);
  });

  it('records an email change as pending until it is confirmed, refusing a taken address with CONFLICT', async () => {
    const user = await registerUser(api);
    const taken = await registerUser(api);
    const REQUEST = `mutation($i: RequestEmailChangeInput!) { requestEmailChange(input: $i) { email pendingEmail pendingEmailRequestedAt } }`;
    const conflict = await api.gql(
      REQUEST,
      { i: { newEmail: taken.email.toUpperCase(), password: TEST_PASSWORD } },
      user.token,
    );
    expect(outcome(conflict)).toBe('CONFLICT');
    const wrong = await api.gql(
      REQUEST,
      { i: { newEmail: 'fresh@test.glossa', password: 'not my password' } },
      user.token,
    );
    expect(outcome(wrong)).toBe('BAD_USER_INPUT');
    const newEmail = `Moved.${randomUUID().slice(0, 8)}@test.glossa`;
    const requested = await api.gql<{ requestEmailChange: Record<string, unknown> }>(
      REQUEST,
      { i: { newEmail, password: TEST_PASSWORD } },
      user.token,
    );
    expect(requested.data?.requestEmailChange).toEqual({
      email: user.email,
      pendingEmail: newEmail.toLowerCase(),
      pendingEmailRequestedAt: expect.any(String),
    });
    // Not in use until confirmed: signing in still takes the old address.
    await expect(signInAgain(user)).resolves.toEqual(expect.any(String));
  });

  it('refuses to delete the account of a seminar’s last owner with CONFLICT naming the seminar, changing nothing', async () => {
    const owner = await registerUser(api, 'Sole Owner');
    const seminar = await createSeminar(api, owner, 'Only Mine Seminar');
    const refused = await api.gql(DELETE_ACCOUNT, { i: { password: TEST_PASSWORD } }, owner.token);
    expect(outcome(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0].extensions).toMatchObject({
      reason: 'LAST_OWNER',
      seminars: [{ id: seminar.id, name: 'Only Mine Seminar' }],
    });
    expect(refused.errors?.[0].message).toMatch(/make someone else an owner/);
    expect(await meWith(owner.token)).toBe(owner.id);

    const heir = await registerUser(api, 'Heir');
    await joinAs(api, seminar, owner, heir, 'OWNER');
    const deleted = await api.gql(DELETE_ACCOUNT, { i: { password: TEST_PASSWORD } }, owner.token);
    expect(deleted.data).toEqual({ deleteAccount: true });
  });

  it('refuses to delete an account without its password, with BAD_USER_INPUT', async () => {
    const user = await registerUser(api);
    const wrong = await api.gql(DELETE_ACCOUNT, { i: { password: 'not my password' } }, user.token);
    expect(outcome(wrong)).toBe('BAD_USER_INPUT');
    expect(await meWith(user.token)).toBe(user.id);
  });

  it('deletes an account: its posts stay in their threads as “Deleted account” without their text, everywhere signed out', async () => {
    const name = `Zelda Quist ${randomUUID().slice(0, 6)}`;
    const { owner, seminar, member, reading } = await memberOfSomeoneElsesSeminar(name);
    const note = await annotated(api, member, reading, 'Human security', { body: 'My secret musing', tags: ['mine'] });
    await api.gql(REPLY, { i: { threadId: note.threadId, body: 'The owner answers.' } }, owner.token);
    const ownerNote = await annotated(api, owner, reading, 'people first');
    await api.gql(REPLY, { i: { threadId: ownerNote.threadId, body: 'My reply to the owner' } }, member.token);
    const debate = await createDebate(api, owner, seminar.id);
    const claim = await addClaim(api, member, debate.id, { body: 'My claimed point' });
    const second = await signInAgain(member);

    const deleted = await api.gql(DELETE_ACCOUNT, { i: { password: TEST_PASSWORD } }, member.token);
    expect(deleted.data).toEqual({ deleteAccount: true });

    expect(await meWith(member.token)).toBeNull();
    expect(await meWith(second)).toBeNull();
    expect(outcome(await api.gql(SIGN_IN, { i: { email: member.email, password: TEST_PASSWORD } }))).toBe(
      'UNAUTHENTICATED',
    );
    const seen = await api.gql<{ reading: { annotations: { edges: Array<{ node: ViewedAnnotation }> } } }>(
      READING_VIEW,
      { id: reading.id },
      owner.token,
    );
    const byId = new Map(seen.data!.reading.annotations.edges.map((e) => [e.node.id, e.node]));
    expect(byId.get(note.id)).toMatchObject({
      body: '',
      tags: [],
      deleted: true,
      author: { displayName: 'Deleted account' },
    });
    expect(byId.get(note.id)!.replies.edges.map((e) => e.node.body)).toEqual(['The owner answers.']);
    expect(byId.get(ownerNote.id)!.replies.edges.map((e) => e.node)).toEqual([
      { body: '', deleted: true, author: { displayName: 'Deleted account' } },
    ]);
    const members = await api.gql<{ seminar: { members: { edges: Array<{ node: { user: { id: string } } }> } } }>(
      `query($id: ID!) { seminar(id: $id) { members { edges { node { user { id } } } } } }`,
      { id: seminar.id },
      owner.token,
    );
    expect(members.data!.seminar.members.edges.map((e) => e.node.user.id)).not.toContain(member.id);

    const kept: Array<{ body: string }> = await db.query(
      `SELECT body FROM annotations WHERE author_id = $1 UNION ALL SELECT body FROM comments WHERE author_id = $1
       UNION ALL SELECT body FROM claims WHERE id = $2`,
      [member.id, claim.id],
    );
    expect(kept.map((row) => row.body)).toEqual(['', '', '']);
    const [account] = await db.query(`SELECT email, display_name FROM users WHERE id = $1`, [member.id]);
    expect(account.email).not.toContain(member.email);
    expect(account.display_name).toBe('Deleted account');
  });

  it('leaves neither the deleted person’s name nor their words in the events replays serve', async () => {
    const name = `Wilhelmina Rook ${randomUUID().slice(0, 6)}`;
    const { owner, seminar, member, reading } = await memberOfSomeoneElsesSeminar(name);
    const note = await annotated(api, member, reading, 'Human security', { body: 'Words only I wrote' });
    await api.gql(REPLY, { i: { threadId: note.threadId, body: `And a reply @${name}` } }, member.token);
    const debate = await createDebate(api, owner, seminar.id);
    await addClaim(api, member, debate.id, { body: 'Words only I claimed' });

    const mentioning: Array<{ n: string }> = await db.query(
      `SELECT count(*) AS n FROM events WHERE strpos(payload::text, $1) > 0`,
      [name],
    );
    expect(Number(mentioning[0].n)).toBeGreaterThan(0);
    await api.gql(DELETE_ACCOUNT, { i: { password: TEST_PASSWORD } }, member.token);

    const left: Array<{ type: string }> = await db.query(
      `SELECT type FROM events WHERE strpos(payload::text, $1) > 0 OR strpos(payload::text, 'Words only I') > 0`,
      [name],
    );
    expect(left).toEqual([]);
    const replayed: Array<{ type: string }> = await db.query(
      `SELECT type FROM events WHERE payload->'annotation'->>'id' = $1 ORDER BY seq`,
      [note.id],
    );
    expect(replayed.map((e) => e.type)).toContain('annotation.created');
  });

  it('writes nothing when a late step of deleting an account fails (one transaction)', async () => {
    const name = `Half Written ${randomUUID().slice(0, 6)}`;
    const { owner, member, reading } = await memberOfSomeoneElsesSeminar(name);
    const note = await annotated(api, member, reading, 'Human security', { body: 'Still here afterwards' });
    // A real failure in the last writes: the memberships refuse to let this person go.
    const trigger = `refuse_leaving_${member.id.replace(/-/g, '')}`;
    await db.query(
      `CREATE FUNCTION ${trigger}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql`,
    );
    await db.query(
      `CREATE TRIGGER ${trigger} BEFORE DELETE ON memberships FOR EACH ROW WHEN (OLD.user_id = '${member.id}') EXECUTE FUNCTION ${trigger}()`,
    );
    try {
      const failed = await api.gql(DELETE_ACCOUNT, { i: { password: TEST_PASSWORD } }, member.token);
      expect(outcome(failed)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await db.query(`DROP TRIGGER ${trigger} ON memberships`);
      await db.query(`DROP FUNCTION ${trigger}()`);
    }
    expect(await meWith(member.token)).toBe(member.id);
    const seen = await api.gql<{ reading: { annotations: { edges: Array<{ node: ViewedAnnotation }> } } }>(
      READING_VIEW,
      { id: reading.id },
      owner.token,
    );
    expect(
      seen.data!.reading.annotations.edges.map((e) => [e.node.id, e.node.body, e.node.author.displayName]),
    ).toEqual([[note.id, 'Still here afterwards', name]]);
    const events: unknown[] = await db.query(`SELECT 1 FROM events WHERE strpos(payload::text, $1) > 0`, [name]);
    expect(events.length).toBeGreaterThan(0);
  });

  it('answers every account operation with UNAUTHENTICATED when signed out', async () => {
    const operations = [
      `{ account { id } }`,
      `{ mySessions { id } }`,
      `mutation { changeDisplayName(input: { displayName: "X" }) { id } }`,
      `mutation { changePassword(input: { currentPassword: "x", newPassword: "0123456789" }) { signedOutSessions } }`,
      `mutation { endSession(input: { sessionId: "${randomUUID()}" }) }`,
      `mutation { requestEmailChange(input: { newEmail: "a@test.glossa", password: "x" }) { id } }`,
      `mutation { deleteAccount(input: { password: "x" }) }`,
    ];
    for (const query of operations) expect(outcome(await api.gql(query))).toBe('UNAUTHENTICATED');
  });
});
