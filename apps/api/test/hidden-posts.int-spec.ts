import { EventEnvelope, moderatorsRoom, readingRoom, ReplayMessage, SyncedMessage } from '@glossa/contracts';
import { annotated } from './annotation-factories';
import { MODERATE } from './debate-factories';
import { addReading, Cast, joinAs, registerCast, registerUser, seminarFor, TestUser } from './factories';
import { connected, Inbox, RawSocket, rawSocket, sleep } from './realtime-sockets';
import { startTestApp, TestApp } from './test-app';

const TEXT = 'Sovereignty as responsibility asks states to protect their people before anyone else does.';

const VIEW = `query($id: ID!) { reading(id: $id) { annotations(first: 100) { edges { node { id body bodyHtml tags
  replies { edges { node { id body } } } } } } } }`;
const ONE = `query($id: ID!) { annotation(id: $id) { id body bodyHtml tags moderation } }`;
const SEARCH = `query($input: SearchInput!) { search(input: $input) { edges { node { kind id snippet { text } } } } }`;
const EXPORT = `query($input: ExportAnnotationsInput!) { exportAnnotations(input: $input) { content } }`;
const NOTIFICATIONS = `{ notifications { edges { node { subjectId excerpt } } } }`;
const UPDATE = `mutation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { id } }`;
const REPLY = `mutation($i: ReplyInput!) { reply(input: $i) { id } }`;

/**
 * A post hidden, removed or deleted is looked for everywhere a member who may not see it could read
 * it — by id, in the reading view, search, every export, notifications, live events and a replay of
 * the room from the start — and is nowhere, while its author and the moderators still see it.
 */
describe('hidden means hidden', () => {
  let api: TestApp;
  let cast: Cast;
  let other: TestUser;
  let seminar: { id: string; inviteCode: string };
  const sockets: RawSocket[] = [];
  let words = 0;
  /** A word no other test writes, so finding it anywhere means it leaked. */
  const secret = () => `zqx${Date.now().toString(36)}w${(words += 1)}`;

  beforeAll(async () => {
    api = await startTestApp();
    cast = await registerCast(api);
    other = await registerUser(api, 'Dana');
    seminar = await seminarFor(api, cast);
    await joinAs(api, seminar, cast.OWNER, other, 'MEMBER');
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await api.close();
  });

  async function subscribed(user: TestUser, room: string, since?: number): Promise<Inbox> {
    const socket = rawSocket(api.url, { auth: { token: user.token } });
    sockets.push(socket);
    const inbox = new Inbox(socket);
    await connected(socket);
    socket.emit('subscribe', since === undefined ? { room } : { room, since });
    await inbox.next<SyncedMessage>('synced', (m) => m.room === room);
    return inbox;
  }

  /** Every event of `room` as a member joining now receives it, from seq 1. */
  async function replayed(user: TestUser, room: string): Promise<EventEnvelope[]> {
    const inbox = await subscribed(user, room, 0);
    return inbox.all<ReplayMessage>('replay', (m) => m.room === room).flatMap((m) => m.events);
  }

  async function gqlOk<T>(query: string, variables: Record<string, unknown>, user: TestUser): Promise<T> {
    const result = await api.gql<T>(query, variables, user.token);
    if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  /** Everything `user` can read about the reading, through every read path, as one string. */
  async function everythingSeenBy(user: TestUser, reading: { id: string }, words: string[]): Promise<string> {
    const seen: unknown[] = [await api.gql(VIEW, { id: reading.id }, user.token)];
    for (const word of words)
      seen.push(await api.gql(SEARCH, { input: { seminarId: seminar.id, query: word } }, user.token));
    for (const format of ['WEB_ANNOTATION', 'HYPOTHESIS', 'MARKDOWN'])
      seen.push(await api.gql(EXPORT, { input: { seminarId: seminar.id, format } }, user.token));
    seen.push(await api.gql(NOTIFICATIONS, {}, user.token));
    seen.push(await replayed(user, readingRoom(reading.id)));
    return JSON.stringify(seen);
  }

  function gapFree(events: EventEnvelope[]): void {
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: events.length }, (_, i) => i + 1));
  }

  it('keeps a hidden annotation, its edits and its replies from a member everywhere, live and in replay', async () => {
    const reading = { ...(await addReading(api, seminar.id, cast.OWNER, TEXT)), text: TEXT };
    const room = readingRoom(reading.id);
    const live = await subscribed(other, room);
    const [body, tag, reply, edited, editedTag] = [secret(), secret(), secret(), secret(), secret()];
    const a = await annotated(api, cast.MEMBER, reading, 'responsibility', {
      body: `${body} @[Dana](user:${other.id})`,
      tags: [tag],
    });
    await gqlOk(REPLY, { i: { threadId: a.threadId, body: reply } }, cast.MEMBER);
    await gqlOk(
      MODERATE,
      { input: { action: 'HIDE', subjectType: 'ANNOTATION', subjectId: a.id, reason: 'Off topic' } },
      cast.MODERATOR,
    );
    await gqlOk(UPDATE, { i: { annotationId: a.id, body: edited, tags: [editedTag] } }, cast.MEMBER);
    await live.next<EventEnvelope>('event', (e) => e.type === 'annotation.withdrawn');

    const byId = await api.gql(ONE, { id: a.id }, other.token);
    expect(byId.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    await sleep(200);
    // What arrived live before the hide was visible then; from the hide on, nothing may carry it.
    const hiddenAt = live.received.findIndex(
      (r) => r.name === 'event' && (r.payload as EventEnvelope).type === 'annotation.withdrawn',
    );
    const liveSeen = JSON.stringify(live.received.slice(hiddenAt));
    const seen = await everythingSeenBy(other, reading, [body, tag, reply, edited]);
    for (const word of [body, tag, reply, edited, editedTag]) {
      expect(liveSeen).not.toContain(word);
      expect(seen).not.toContain(word);
    }
    const replay = await replayed(other, room);
    gapFree(replay);
    expect(replay.map((e) => e.type)).toEqual(['annotation.withdrawn', 'comment.withdrawn', 'annotation.withdrawn']);

    for (const allowed of [cast.MEMBER, cast.MODERATOR]) {
      const shown = await gqlOk<{ annotation: { body: string; moderation: string } }>(ONE, { id: a.id }, allowed);
      expect(shown.annotation).toMatchObject({ body: edited, moderation: 'HIDDEN' });
    }
    const desk = JSON.stringify(await replayed(cast.MODERATOR, moderatorsRoom(seminar.id)));
    expect(desk).toContain(edited);
  });

  it('brings a restored annotation back to members with its content, live and in replay', async () => {
    const reading = { ...(await addReading(api, seminar.id, cast.OWNER, TEXT)), text: TEXT };
    const body = secret();
    const a = await annotated(api, cast.MEMBER, reading, 'protect', { body });
    for (const action of ['HIDE', 'RESTORE'])
      await gqlOk(
        MODERATE,
        { input: { action, subjectType: 'ANNOTATION', subjectId: a.id, reason: 'Second look' } },
        cast.MODERATOR,
      );
    const shown = await gqlOk<{ annotation: { body: string } }>(ONE, { id: a.id }, other);
    expect(shown.annotation.body).toBe(body);
    const replay = await replayed(other, readingRoom(reading.id));
    gapFree(replay);
    expect(replay.at(-1)).toMatchObject({ type: 'annotation.updated', payload: { annotation: { id: a.id, body } } });
  });

  it('keeps the place of a removed annotation without its text, and a deleted one out of the replay', async () => {
    const reading = { ...(await addReading(api, seminar.id, cast.OWNER, TEXT)), text: TEXT };
    const [removedBody, deletedBody] = [secret(), secret()];
    const removed = await annotated(api, cast.MEMBER, reading, 'states', { body: removedBody });
    const deleted = await annotated(api, cast.MEMBER, reading, 'people', { body: deletedBody });
    await gqlOk(
      MODERATE,
      { input: { action: 'REMOVE', subjectType: 'ANNOTATION', subjectId: removed.id, reason: 'Abusive' } },
      cast.MODERATOR,
    );
    await gqlOk(
      `mutation($i: AnnotationRefInput!) { deleteAnnotation(input: $i) { id } }`,
      {
        i: { annotationId: deleted.id },
      },
      cast.MEMBER,
    );

    const place = await gqlOk<{ annotation: { body: string; moderation: string } }>(ONE, { id: removed.id }, other);
    expect(place.annotation).toMatchObject({ body: '', moderation: 'REMOVED' });
    const seen = await everythingSeenBy(other, reading, [removedBody, deletedBody]);
    expect(seen).not.toContain(removedBody);
    expect(seen).not.toContain(deletedBody);
    const replay = await replayed(other, readingRoom(reading.id));
    gapFree(replay);
    expect(replay.map((e) => e.type)).toEqual([
      'annotation.withdrawn',
      'annotation.withdrawn',
      'annotation.withdrawn',
      'annotation.deleted',
    ]);
  });

  it('keeps a hidden reply out of the members’ replay and live events', async () => {
    const reading = { ...(await addReading(api, seminar.id, cast.OWNER, TEXT)), text: TEXT };
    const room = readingRoom(reading.id);
    const a = await annotated(api, cast.OWNER, reading, 'anyone', { body: 'Who is anyone?' });
    const [reply, edited] = [secret(), secret()];
    const { reply: r } = await gqlOk<{ reply: { id: string } }>(
      REPLY,
      { i: { threadId: a.threadId, body: reply } },
      cast.MEMBER,
    );
    const live = await subscribed(other, room);
    await gqlOk(
      MODERATE,
      { input: { action: 'HIDE', subjectType: 'REPLY', subjectId: r.id, reason: 'Off topic' } },
      cast.MODERATOR,
    );
    await gqlOk(
      `mutation($i: EditReplyInput!) { editReply(input: $i) { id } }`,
      { i: { replyId: r.id, body: edited } },
      cast.MEMBER,
    );
    await live.next<EventEnvelope>('event', (e) => e.type === 'comment.withdrawn');
    await sleep(200);
    const seen = JSON.stringify([live.received, await everythingSeenBy(other, reading, [reply, edited])]);
    expect(seen).not.toContain(reply);
    expect(seen).not.toContain(edited);
  });

  it('sends a reply to an already hidden annotation to its author and the moderators, never to the reading room', async () => {
    const reading = { ...(await addReading(api, seminar.id, cast.OWNER, TEXT)), text: TEXT };
    const room = readingRoom(reading.id);
    const a = await annotated(api, cast.MEMBER, reading, 'protect', { body: 'Protect whom?' });
    await gqlOk(
      MODERATE,
      { input: { action: 'HIDE', subjectType: 'ANNOTATION', subjectId: a.id, reason: 'Off topic' } },
      cast.MODERATOR,
    );
    const live = await subscribed(other, room);
    const desk = await subscribed(cast.MODERATOR, moderatorsRoom(seminar.id));
    const [fromAuthor, fromModerator] = [secret(), secret()];
    await gqlOk(REPLY, { i: { threadId: a.threadId, body: `${fromAuthor} @[Dana](user:${other.id})` } }, cast.MEMBER);
    await gqlOk(REPLY, { i: { threadId: a.threadId, body: fromModerator } }, cast.MODERATOR);

    const onDesk = await desk.next<EventEnvelope<'comment.created'>>(
      'event',
      (e) => e.type === 'comment.created' && e.payload.comment.body === fromModerator,
    );
    expect(onDesk.room).toBe(moderatorsRoom(seminar.id));
    await sleep(200);
    const seen = JSON.stringify([live.received, await everythingSeenBy(other, reading, [fromAuthor, fromModerator])]);
    expect(seen).not.toContain(fromAuthor);
    expect(seen).not.toContain(fromModerator);
    const replay = await replayed(other, room);
    gapFree(replay);
    expect(replay.map((e) => e.type)).toEqual(['annotation.withdrawn', 'annotation.withdrawn']);
  });

  it('answers NOT_FOUND to a member replying in, or reacting to a reply in, a hidden annotation’s discussion', async () => {
    const reading = { ...(await addReading(api, seminar.id, cast.OWNER, TEXT)), text: TEXT };
    const a = await annotated(api, cast.MEMBER, reading, 'before', { body: 'Before anyone else?' });
    const { reply: r } = await gqlOk<{ reply: { id: string } }>(
      REPLY,
      { i: { threadId: a.threadId, body: 'Yes, first.' } },
      cast.MEMBER,
    );
    await gqlOk(
      MODERATE,
      { input: { action: 'HIDE', subjectType: 'ANNOTATION', subjectId: a.id, reason: 'Off topic' } },
      cast.MODERATOR,
    );
    const replying = await api.gql(REPLY, { i: { threadId: a.threadId, body: 'Can I still?' } }, other.token);
    expect(replying.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const reacting = await api.gql(
      `mutation($i: ReactInput!) { reactToReply(input: $i) { kind } }`,
      { i: { subjectId: r.id, kind: 'AGREE', active: true } },
      other.token,
    );
    expect(reacting.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND to a moderator acting on a private annotation or on a reply in a private thread', async () => {
    const reading = { ...(await addReading(api, seminar.id, cast.OWNER, TEXT)), text: TEXT };
    const note = await annotated(api, cast.MEMBER, reading, 'before', { body: 'Just for me.', visibility: 'PRIVATE' });
    const { reply: r } = await gqlOk<{ reply: { id: string } }>(
      REPLY,
      { i: { threadId: note.threadId, body: 'Still me.' } },
      cast.MEMBER,
    );
    for (const input of [
      { action: 'HIDE', subjectType: 'ANNOTATION', subjectId: note.id },
      { action: 'PIN', subjectType: 'REPLY', subjectId: r.id },
    ]) {
      const result = await api.gql(MODERATE, { input: { ...input, reason: 'Looking' } }, cast.MODERATOR.token);
      expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    }
    const mine = await gqlOk<{ annotation: { moderation: string } }>(ONE, { id: note.id }, cast.MEMBER);
    expect(mine.annotation.moderation).toBe('VISIBLE');
  });
});
