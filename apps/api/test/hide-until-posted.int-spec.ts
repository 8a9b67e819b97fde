import { EventEnvelope, readingRoom, userRoom } from '@glossa/contracts';
import { annotated } from './annotation-factories';
import { assigned, ASSIGNMENTS, inDays, UPDATE_ASSIGNMENT } from './assignment-factories';
import { DISCUSSION_MAP } from './leader-tools-queries';
import { addReading, Cast, joinAs, registerCast, registerUser, seminarFor, TestUser } from './factories';
import { PostProbes, READING_VIEW as VIEW } from './post-probes';
import { sleep } from './realtime-sockets';
import { startTestApp, TestApp } from './test-app';

const TEXT = 'Sovereignty as responsibility asks states to protect their people before anyone else does.';

const REPLY = `mutation($i: ReplyInput!) { reply(input: $i) { id } }`;

/**
 * Hide until you post (docs/assignments.md): the others' annotations and replies on an assigned
 * reading are looked for everywhere a member who has not yet posted could read them — the reading
 * view, by id with its thread, replying into it, search, every export, notifications, live events
 * and a replay of the reading's room from 0 — and are nowhere; the member posts, and finds them.
 */
describe('hide until you post', () => {
  let api: TestApp;
  let cast: Cast;
  let writer: TestUser;
  let seminar: { id: string; inviteCode: string };
  const probes = new PostProbes(() => api, () => seminar.id);
  const secret = () => probes.secret();
  const subscribe = (user: TestUser, room: string, since?: number) => probes.subscribe(user, room, since);
  const everythingSeenBy = (user: TestUser, reading: { id: string }, post: { id: string }, words: string[]) =>
    probes.everythingSeenBy(user, reading, post, words);

  beforeAll(async () => {
    api = await startTestApp();
    cast = await registerCast(api);
    writer = await registerUser(api, 'Dana');
    seminar = await seminarFor(api, cast);
    await joinAs(api, seminar, cast.OWNER, writer, 'MEMBER');
  });
  afterAll(async () => {
    probes.close();
    await api.close();
  });

  it('hides the others’ annotations and replies everywhere until the member posts, then shows them at once', async () => {
    const reading = { ...(await addReading(api, seminar.id, cast.OWNER, TEXT)), text: TEXT };
    // Already in the reading's room when the leader sets the assignment: put out of it at once.
    const early = await subscribe(cast.MEMBER, readingRoom(reading.id));
    expect(early.refusal).toBeNull();
    await assigned(api, cast.OWNER, seminar.id, reading.id, { hideUntilPosted: true });
    await expect(
      early.inbox.next('unsubscribed', (m: { room: string }) => m.room === readingRoom(reading.id)),
    ).resolves.toMatchObject({ reason: 'ACCESS_REVOKED' });

    const own = await subscribe(cast.MEMBER, userRoom(cast.MEMBER.id));
    const [body, tag, reply] = [secret(), secret(), secret()];
    const post = await annotated(api, writer, reading, 'responsibility', {
      body: `${body} for @[Member](user:${cast.MEMBER.id})`,
      tags: [tag],
    });
    const replied = await api.gql(REPLY, { i: { threadId: post.threadId, body: reply } }, writer.token);
    expect(replied.errors).toBeUndefined();
    await sleep(200);

    const before = await everythingSeenBy(cast.MEMBER, reading, post, [body, tag, reply]);
    for (const word of [body, tag, reply]) {
      expect(before.seen).not.toContain(word);
      expect(JSON.stringify(own.inbox.received)).not.toContain(word);
    }
    expect(before.replayRefused).toMatchObject({ code: 'FORBIDDEN' });
    const map = await api.gql(DISCUSSION_MAP, { readingId: reading.id }, cast.MEMBER.token);
    expect(map.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const answering = await api.gql(REPLY, { i: { threadId: post.threadId, body: 'me too' } }, cast.MEMBER.token);
    expect(answering.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    // An observer cannot post, so the reading opens to them at the due date; leaders always see all.
    expect((await everythingSeenBy(cast.OBSERVER, reading, post, [body])).seen).not.toContain(body);
    for (const leader of [cast.OWNER, cast.MODERATOR]) {
      const { seen } = await everythingSeenBy(leader, reading, post, [body, reply]);
      for (const word of [body, tag, reply]) expect(seen).toContain(word);
    }

    await annotated(api, cast.MEMBER, reading, 'protect their people', { body: 'My own reading first.' });
    await expect(
      own.inbox.next<EventEnvelope>('event', (e) => e.type === 'assignment.unlocked'),
    ).resolves.toMatchObject({ payload: { readingId: reading.id } });
    const after = await everythingSeenBy(cast.MEMBER, reading, post, [body, tag, reply]);
    expect(after.replayRefused).toBeNull();
    for (const word of [body, tag, reply]) expect(after.seen).toContain(word);
    const opened = await api.gql(DISCUSSION_MAP, { readingId: reading.id }, cast.MEMBER.token);
    expect(opened.errors).toBeUndefined();

    // Unlocked, the member is in the room: what the others post next arrives live.
    const live = await subscribe(cast.MEMBER, readingRoom(reading.id));
    const next = secret();
    await annotated(api, writer, reading, 'states', { body: next });
    await expect(
      live.inbox.next<EventEnvelope>('event', (e) => e.type === 'annotation.created'),
    ).resolves.toMatchObject({ payload: { annotation: { body: next } } });
  });

  it('stops hiding once the due date has passed, for those who never posted', async () => {
    const reading = { ...(await addReading(api, seminar.id, cast.OWNER, TEXT)), text: TEXT };
    const { id } = await assigned(api, cast.OWNER, seminar.id, reading.id, {
      hideUntilPosted: true,
      opensAt: inDays(-3),
    });
    const body = secret();
    await annotated(api, writer, reading, 'responsibility', { body });
    const hidden = await api.gql(VIEW, { id: reading.id }, cast.OBSERVER.token);
    expect(JSON.stringify(hidden)).not.toContain(body);

    const moved = await api.gql(
      UPDATE_ASSIGNMENT,
      { input: { assignmentId: id, dueAt: inDays(-1) } },
      cast.OWNER.token,
    );
    expect(moved.errors).toBeUndefined();
    const shown = await api.gql(VIEW, { id: reading.id }, cast.OBSERVER.token);
    expect(JSON.stringify(shown)).toContain(body);
    const listed = await api.gql<{ assignments: Array<{ myProgress: { hidesOthers: boolean; state: string } }> }>(
      ASSIGNMENTS,
      { seminarId: seminar.id, readingId: reading.id },
      cast.OBSERVER.token,
    );
    expect(listed.data?.assignments[0].myProgress).toMatchObject({ hidesOthers: false, state: 'OVERDUE' });
  });
});
