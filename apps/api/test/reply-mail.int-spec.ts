import { DataSource } from 'typeorm';
import { DigestClock } from '../src/email/digest-clock';
import { annotated } from './annotation-factories';
import { addClaim, createDebate, MODERATE } from './debate-factories';
import { TestUser } from './factories';
import { MailSeminar, startMailSeminar } from './mail-seminar';
import { linkIn } from './smtp-peer';
import { outcome } from './test-app';

const TEXT = 'Human security puts people first, and the vital core of all human lives.';
const REPLY = `mutation($i: ReplyInput!) { reply(input: $i) { id } }`;
const NOTIFICATIONS = `{ notifications { edges { node { kind subjectType subjectId excerpt } } } }`;

const mention = (user: TestUser) => `@[${user.displayName}](user:${user.id})`;

describe('email about replies to my posts, over a real SMTP peer', () => {
  let w: MailSeminar;
  beforeAll(async () => {
    w = await startMailSeminar(TEXT);
  });
  afterAll(() => w?.close());
  const mailsTo = (user: TestUser) => w.peer.inbox.filter((m) => m.to === user.email);
  const poke = () => w.drain();

  async function reply(user: TestUser, threadId: string, body: string, parentId?: string): Promise<string> {
    const result = await w.api.gql<{ reply: { id: string } }>(REPLY, { i: { threadId, body, parentId } }, user.token);
    if (!result.data) throw new Error(`reply failed: ${JSON.stringify(result.errors)}`);
    return result.data.reply.id;
  }

  async function notificationsOf(user: TestUser) {
    const seen = await w.api.gql<{
      notifications: {
        edges: Array<{ node: { kind: string; subjectType: string; subjectId: string; excerpt: string } }>;
      };
    }>(NOTIFICATIONS, {}, user.token);
    return seen.data!.notifications.edges.map((e) => e.node);
  }

  async function sendDigest(day: string): Promise<void> {
    await w.api.app.get(DataSource).query(`DELETE FROM mail_digest_days`);
    await w.api.app.get(DigestClock).tick(new Date(`${day}T23:00:00Z`));
    await w.settle();
  }

  it('IMMEDIATE: a reply to my annotation is emailed at once, with the passage, the words and List-Unsubscribe, and rings the bell', async () => {
    const ada = await w.member('Ada Annotator', 'IMMEDIATE');
    const note = await annotated(w.api, ada, w.reading, 'the vital core', { body: 'Whose core?' });
    const after = w.peer.inbox.length;
    const replyId = await reply(w.owner, note.threadId, 'Everyone’s, I would say.');

    const mail = await w.peer.waitFor(ada.email, { poke, after });
    expect(mail.subject).toBe('Ruth Convenor replied to you in Human Security Seminar, on “A reading”');
    expect(mail.text).toContain('On the passage: “the vital core”');
    expect(mail.text).toContain('“Everyone’s, I would say.”');
    expect(mail.text).toContain(`https://glossa.test/readings/${w.reading.id}?reply=${replyId}`);
    expect(mail.rawHeaders['list-unsubscribe']).toMatch(/^<https:\/\/glossa\.test\/mail\/unsubscribe\?token=[\w-]+>$/);
    expect(mail.rawHeaders['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(await notificationsOf(ada)).toContainEqual({
      kind: 'REPLY',
      subjectType: 'reply',
      subjectId: replyId,
      excerpt: 'Everyone’s, I would say.',
    });
  });

  it('a reply to my reply emails me and the annotation’s author; my own reply emails nobody about itself', async () => {
    const ann = await w.member('Ann Thread', 'IMMEDIATE');
    const bob = await w.member('Bob Replier', 'IMMEDIATE');
    const note = await annotated(w.api, ann, w.reading, 'people first', { body: 'First?' });
    const bobs = await reply(bob, note.threadId, 'First among equals.');
    await w.peer.waitFor(ann.email, { poke, subject: /Bob Replier replied/ });

    const after = w.peer.inbox.length;
    await reply(w.owner, note.threadId, 'Equals, then.', bobs);
    expect((await w.peer.waitFor(bob.email, { poke, after })).text).toContain('“Equals, then.”');
    expect((await w.peer.waitFor(ann.email, { poke, after })).text).toContain('“Equals, then.”');

    const before = w.peer.inbox.length;
    await reply(ann, note.threadId, 'Answering myself.');
    await w.settle();
    expect(mailsTo(ann).slice(before)).toHaveLength(0);
    expect((await notificationsOf(ann)).filter((n) => n.excerpt === 'Answering myself.')).toHaveLength(0);
    // Bob's reply was not the one answered, so he hears nothing either.
    expect(w.peer.inbox.slice(before).filter((m) => m.to === bob.email)).toHaveLength(0);
  });

  it('a reply that also mentions the post’s author sends one message, as a mention', async () => {
    const cy = await w.member('Cy Mentioned', 'IMMEDIATE');
    const note = await annotated(w.api, cy, w.reading, 'all human lives', { body: 'All?' });
    const after = w.peer.inbox.length;
    const replyId = await reply(w.owner, note.threadId, `${mention(cy)} all of them.`);
    const mail = await w.peer.waitFor(cy.email, { poke, after });
    expect(mail.subject).toMatch(/^Ruth Convenor mentioned you/);
    await w.settle();
    expect(w.peer.inbox.slice(after).filter((m) => m.to === cy.email)).toHaveLength(1);
    const about = (await notificationsOf(cy)).filter((n) => n.subjectId === replyId);
    expect(about.map((n) => n.kind)).toEqual(['MENTION']);
  });

  it('DAILY: replies wait for the digest, which counts mentions and replies in one message', async () => {
    const dee = await w.member('Dee Daily');
    const note = await annotated(w.api, dee, w.reading, 'Human security', { body: 'A term of art.' });
    await reply(w.owner, note.threadId, 'Since 1994.');
    await annotated(w.api, w.owner, w.reading, 'puts people', { body: `${mention(dee)} see this` });
    await w.settle();
    expect(mailsTo(dee)).toHaveLength(0);

    await sendDigest('2030-01-01');
    const digest = await w.peer.waitFor(dee.email, { poke });
    expect(digest.subject).toBe('Glossa: 1 mention and 1 reply since yesterday');
    expect(digest.text).toContain('Ruth Convenor replied to you in Human Security Seminar');
    expect(digest.text).toContain('“Since 1994.”');
    expect(digest.text).toContain('“@Dee Daily see this”');
  });

  it('a reply to my claim in a debate is emailed, naming the seminar', async () => {
    const cleo = await w.member('Cleo Claimant', 'IMMEDIATE');
    const debate = await createDebate(w.api, w.owner, w.seminar.id);
    const claim = await addClaim(w.api, cleo, debate.id);
    const after = w.peer.inbox.length;
    await reply(w.owner, claim.threadId, 'Says who?');
    const mail = await w.peer.waitFor(cleo.email, { poke, after });
    expect(mail.subject).toBe('Ruth Convenor replied to you in Human Security Seminar');
    expect(mail.text).toContain('“Says who?”');
    expect(mail.text).toContain(`https://glossa.test/seminars/${w.seminar.id}`);
  });

  it('a reply hidden, or in a seminar I left, before its mail goes out is never emailed', async () => {
    const eve = await w.member('Eve Hidden');
    const note = await annotated(w.api, eve, w.reading, 'vital core', { body: 'Vital how?' });
    const hiddenReply = await reply(w.owner, note.threadId, 'Soon hidden.');
    const hidden = await w.api.gql(
      MODERATE,
      { input: { subjectType: 'REPLY', subjectId: hiddenReply, action: 'HIDE', reason: 'Off topic.' } },
      w.owner.token,
    );
    expect(outcome(hidden)).toBe('OK');

    const fin = await w.member('Fin Leaves');
    const finNote = await annotated(w.api, fin, w.reading, 'security puts', { body: 'Puts?' });
    await reply(w.owner, finNote.threadId, 'Before you go.');
    expect(
      outcome(
        await w.api.gql(
          `mutation($i: SeminarRefInput!) { leaveSeminar(input: $i) }`,
          { i: { seminarId: w.seminar.id } },
          fin.token,
        ),
      ),
    ).toBe('OK');

    const noted: Array<{ n: number }> = await w.api.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM mail_notices WHERE user_id = ANY($1) AND kind = 'REPLY'`, [
        [eve.id, fin.id],
      ]);
    expect(noted[0].n).toBe(2);
    await sendDigest('2030-01-02');
    expect(mailsTo(eve)).toHaveLength(0);
    expect(mailsTo(fin)).toHaveLength(0);
  });

  it('the unsubscribe link in a reply mail turns such mail off, and later replies note nothing', async () => {
    const gus = await w.member('Gus Unsubscribes', 'IMMEDIATE');
    const note = await annotated(w.api, gus, w.reading, 'core of all', { body: 'Core?' });
    const after = w.peer.inbox.length;
    await reply(w.owner, note.threadId, 'Hello there.');
    const mail = await w.peer.waitFor(gus.email, { poke, after });
    const link = new URL(linkIn(mail, '/mail/unsubscribe'));
    const page = await fetch(`${w.api.url}${link.pathname}${link.search}`);
    expect(await page.text()).toContain('You are unsubscribed');

    await reply(w.owner, note.threadId, 'Still there?');
    await w.settle();
    const waiting: Array<{ n: number }> = await w.api.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM mail_notices WHERE user_id = $1 AND sent_at IS NULL`, [gus.id]);
    expect(waiting[0].n).toBe(0);
    expect(mailsTo(gus)).toHaveLength(1);
    // The bell still shows it: unsubscribing stops the mail, not the notification.
    expect((await notificationsOf(gus)).filter((n) => n.kind === 'REPLY')).toHaveLength(2);
  });
});
