import { DataSource } from 'typeorm';
import { DigestClock } from '../src/email/digest-clock';
import { annotated } from './annotation-factories';
import { SET_SEMINAR_ANONYMITY } from './anonymity-matrix-operations';
import { joinAs, registerUser, TestUser } from './factories';
import { MailSeminar, startMailSeminar } from './mail-seminar';
import type { ReceivedMail } from './smtp-peer';

const TEXT = 'Human security puts people first, and the vital core of all human lives.';
const REPLY = `mutation($i: ReplyInput!) { reply(input: $i) { id } }`;
const MEMBERS = `query($id: ID!) { seminar(id: $id) { members(first: 100) { edges { node { user { id displayName } } } } } }`;

/**
 * Mention and reply emails about an anonymous seminar's posts (docs/email.md, docs/anonymous-mode.md):
 * the author is named by pseudonym, never by real name, email or user id — in the subject, the text,
 * the HTML and the headers alike.
 */
describe('email about posts in an anonymous seminar, over a real SMTP peer', () => {
  let w: MailSeminar;
  let author: TestUser;
  /** The ids the author has already seen in the members list. */
  const known = new Set<string>();
  const poke = () => w.drain();

  beforeAll(async () => {
    w = await startMailSeminar(TEXT);
    author = await registerUser(w.api, 'Ada Realname');
    await joinAs(w.api, w.seminar, w.owner, author, 'MEMBER');
    const on = await w.api.gql(SET_SEMINAR_ANONYMITY, { input: { seminarId: w.seminar.id, anonymous: true } }, w.owner.token);
    if (!on.data) throw new Error(JSON.stringify(on.errors));
    for (const u of await membersSeenByAuthor()) known.add(u.id);
  });
  afterAll(() => w?.close());

  function leaks(mail: ReceivedMail): string[] {
    const whole = JSON.stringify(mail);
    return [author.displayName, author.email, author.id].filter((secret) => whole.includes(secret));
  }

  /** The members list as the author sees it (the mention picker): pseudonyms and opaque ids. */
  async function membersSeenByAuthor(): Promise<Array<{ id: string; displayName: string }>> {
    const list = await w.api.gql<{ seminar: { members: { edges: Array<{ node: { user: { id: string; displayName: string } } }> } } }>(
      MEMBERS,
      { id: w.seminar.id },
      author.token,
    );
    return list.data!.seminar.members.edges.map((e) => e.node.user);
  }

  /**
   * How the author sees the member who just joined: a peer cannot tell who is who, so it is the one
   * entry of the list that is new since the last look.
   */
  async function newestAsSeen(): Promise<{ id: string; displayName: string }> {
    const fresh = (await membersSeenByAuthor()).filter((u) => !known.has(u.id));
    for (const u of fresh) known.add(u.id);
    expect(fresh).toHaveLength(1);
    return fresh[0];
  }

  it('a mention email names the author by pseudonym, never by real name, email or id', async () => {
    const ben = await w.member('Ben Mentioned', 'IMMEDIATE');
    const benAsSeen = await newestAsSeen();
    expect(benAsSeen.id).not.toBe(ben.id);
    const after = w.peer.inbox.length;
    await annotated(w.api, author, w.reading, 'the vital core', { body: `@[${benAsSeen.displayName}](user:${benAsSeen.id}) what do you think?` });

    const mail = await w.peer.waitFor(ben.email, { poke, after });
    expect(mail.subject).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+( \d+)? mentioned you in Human Security Seminar/);
    expect(mail.text).toContain('what do you think?');
    expect(leaks(mail)).toEqual([]);
  });

  it('a reply email names the replier by pseudonym, never by real name, email or id', async () => {
    const cara = await w.member('Cara Replied', 'IMMEDIATE');
    await newestAsSeen();
    const note = await annotated(w.api, cara, w.reading, 'all human lives', { body: 'Whose lives?' });
    const after = w.peer.inbox.length;
    const replied = await w.api.gql(REPLY, { i: { threadId: note.threadId, body: 'Everyone’s, I would say.' } }, author.token);
    expect(replied.errors).toBeUndefined();

    const mail = await w.peer.waitFor(cara.email, { poke, after });
    expect(mail.subject).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+( \d+)? replied to you in Human Security Seminar/);
    expect(mail.text).toContain('Everyone’s, I would say.');
    expect(leaks(mail)).toEqual([]);
  });

  it('the daily digest names authors by pseudonym too', async () => {
    const dan = await w.member('Dan Digest');
    const danAsSeen = await newestAsSeen();
    await annotated(w.api, author, w.reading, 'Human security', { body: `@[${danAsSeen.displayName}](user:${danAsSeen.id}) digest me` });
    await w.settle();
    await w.api.app.get(DataSource).query(`DELETE FROM mail_digest_days`);
    await w.api.app.get(DigestClock).tick(new Date('2030-01-03T23:00:00Z'));
    const digest = await w.peer.waitFor(dan.email, { poke });
    expect(digest.text).toContain('digest me');
    expect(leaks(digest)).toEqual([]);
  });
});
