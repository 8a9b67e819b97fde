import { DataSource } from 'typeorm';
import { DigestClock } from '../src/email/digest-clock';
import { annotated } from './annotation-factories';
import { MODERATE } from './debate-factories';
import { TestUser } from './factories';
import { MailSeminar, startMailSeminar } from './mail-seminar';
import { linkIn, SmtpPeer } from './smtp-peer';
import { outcome, TestApp } from './test-app';

const TEXT = 'Human security puts people first, and the vital core of all human lives.';

const SET = `mutation($f: MailFrequency!) { setMailFrequency(input: { frequency: $f }) { frequency } }`;

const mention = (user: TestUser) => `@[${user.displayName}](user:${user.id})`;

describe('email about mentions, over a real SMTP peer', () => {
  let world: MailSeminar;
  let peer: SmtpPeer;
  let api: TestApp;
  let owner: TestUser;
  let reading: { id: string; text: string };
  const drain = () => world.drain();
  const settle = () => world.settle();
  const member = (name: string, frequency?: string) => world.member(name, frequency);

  beforeAll(async () => {
    world = await startMailSeminar(TEXT);
    ({ peer, api, owner, reading } = world);
  });
  afterAll(() => world?.close());

  it('defaults to the daily digest', async () => {
    const ama = await member('Ama Default');
    const seen = await api.gql(`{ myMailPreference { frequency } }`, {}, ama.token);
    expect(seen).toMatchObject({ data: { myMailPreference: { frequency: 'DAILY' } } });
  });

  it('IMMEDIATE: a mention is emailed at once, naming the seminar, the reading and the passage, with List-Unsubscribe', async () => {
    const ben = await member('Ben Immediate', 'IMMEDIATE');
    const after = peer.inbox.length;
    await annotated(api, owner, reading, 'the vital core', { body: `${mention(ben)} what do you make of this?` });
    const mail = await peer.waitFor(ben.email, { poke: drain, after });
    expect(mail.subject).toBe('Ruth Convenor mentioned you in Human Security Seminar, on “A reading”');
    expect(mail.text).toContain('On the passage: “the vital core”');
    expect(mail.text).toContain('“@Ben Immediate what do you make of this?”');
    expect(mail.text).toContain(`https://glossa.test/readings/${reading.id}`);
    expect(mail.html).toContain('the vital core');
    expect(mail.rawHeaders['list-unsubscribe']).toMatch(/^<https:\/\/glossa\.test\/mail\/unsubscribe\?token=[\w-]+>$/);
    expect(mail.rawHeaders['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  });

  it('DAILY: mentions wait for the digest, which sends them in one message', async () => {
    const cara = await member('Cara Daily');
    await annotated(api, owner, reading, 'Human security', { body: `${mention(cara)} first` });
    await annotated(api, owner, reading, 'people first', { body: `${mention(cara)} second` });
    await settle();
    expect(peer.inbox.filter((m) => m.to === cara.email)).toHaveLength(0);

    await api.app.get(DataSource).query(`DELETE FROM mail_digest_days`);
    expect(await api.app.get(DigestClock).tick(new Date('2030-01-01T23:00:00Z'))).toBe(true);
    expect(await api.app.get(DigestClock).tick(new Date('2030-01-01T23:30:00Z'))).toBe(false);
    const digest = await peer.waitFor(cara.email, { poke: drain });
    expect(digest.subject).toBe('Glossa: 2 mentions since yesterday');
    expect(digest.text).toContain('“@Cara Daily first”');
    expect(digest.text).toContain('“@Cara Daily second”');
  });

  it('OFF: nothing is emailed', async () => {
    const dan = await member('Dan Off', 'OFF');
    await annotated(api, owner, reading, 'all human lives', { body: `${mention(dan)} look` });
    await settle();
    const waiting: Array<{ n: number }> = await api.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM mail_notices WHERE user_id = $1`, [dan.id]);
    expect(waiting[0].n).toBe(0);
  });

  it('a post hidden before its mail goes out is never emailed', async () => {
    const eve = await member('Eve Hidden');
    const note = await annotated(api, owner, reading, 'vital core', { body: `${mention(eve)} soon hidden` });
    const hidden = await api.gql(
      MODERATE,
      { input: { subjectType: 'ANNOTATION', subjectId: note.id, action: 'HIDE', reason: 'Off topic.' } },
      owner.token,
    );
    expect(outcome(hidden)).toBe('OK');
    await api.app.get(DataSource).query(`DELETE FROM mail_digest_days`);
    await api.app.get(DigestClock).tick(new Date('2030-01-02T23:00:00Z'));
    await settle();
    expect(peer.inbox.filter((m) => m.to === eve.email)).toHaveLength(0);
  });

  it('the unsubscribe link turns mention mail off in one click', async () => {
    const fay = await member('Fay Unsubscribes', 'IMMEDIATE');
    const after = peer.inbox.length;
    await annotated(api, owner, reading, 'puts people', { body: `${mention(fay)} hello` });
    const mail = await peer.waitFor(fay.email, { poke: drain, after });
    const link = new URL(linkIn(mail, '/mail/unsubscribe'));
    const page = await fetch(`${api.url}${link.pathname}${link.search}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('You are unsubscribed');
    // The page's one button turns the digest back on.
    const back = await fetch(`${api.url}/mail/resubscribe${link.search}`, { method: 'POST' });
    expect(await back.text()).toContain('Mail is back on');
    expect(await api.gql(`{ myMailPreference { frequency } }`, {}, fay.token)).toMatchObject({
      data: { myMailPreference: { frequency: 'DAILY' } },
    });
    await api.gql(SET, { f: 'OFF' }, fay.token);
    const seen = await api.gql(`{ myMailPreference { frequency } }`, {}, fay.token);
    expect(seen).toMatchObject({ data: { myMailPreference: { frequency: 'OFF' } } });

    // The mail client's one-click POST (RFC 8058) does the same.
    await api.gql(SET, { f: 'DAILY' }, fay.token);
    const oneClick = await fetch(`${api.url}${link.pathname}${link.search}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await api.gql(`{ myMailPreference { frequency } }`, {}, fay.token)).toMatchObject({
      data: { myMailPreference: { frequency: 'OFF' } },
    });
  });
});
