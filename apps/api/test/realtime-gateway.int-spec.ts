import {
  debateRoom,
  EventEnvelope,
  moderatorsRoom,
  PresenceMessage,
  readingRoom,
  RealtimeErrorMessage,
  seminarRoom,
  SyncedMessage,
  TypingMessage,
  UnsubscribedMessage,
  userRoom,
} from '@glossa/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { TransactionRunner } from '../src/database/transaction-runner';
import { EventLog } from '../src/events/event-log';
import { HeartbeatService } from '../src/realtime/heartbeat.service';
import { annotated } from './annotation-factories';
import { addClaim, createDebate } from './debate-factories';
import { addReading, Cast, registerCast, registerUser, seminarFor, TEST_PASSWORD, TestUser } from './factories';
import { connectClient, connected, eventually, Inbox, RawSocket, rawSocket, refused, sleep } from './realtime-sockets';
import { startTestApp, TestApp } from './test-app';

const READING_TEXT = 'Human security puts people first. Freedom from fear and freedom from want.';

describe('the real-time gateway', () => {
  let api: TestApp;
  let cast: Cast;
  const sockets: RawSocket[] = [];

  /** A connected socket of `user` with an inbox, closed after the test file. */
  async function open(
    user: TestUser,
    extra: Parameters<typeof rawSocket>[1] = {},
  ): Promise<{ socket: RawSocket; inbox: Inbox }> {
    const socket = rawSocket(api.url, { auth: { token: user.token }, ...extra });
    sockets.push(socket);
    const inbox = new Inbox(socket);
    await connected(socket);
    return { socket, inbox };
  }

  async function subscribed(
    user: TestUser,
    room: string,
    since?: number,
  ): Promise<{ socket: RawSocket; inbox: Inbox }> {
    const opened = await open(user);
    opened.socket.emit('subscribe', since === undefined ? { room } : { room, since });
    await opened.inbox.next<SyncedMessage>('synced', (m) => m.room === room);
    return opened;
  }

  function revise(reading: { id: string }, text = `Revised ${randomUUID()}.`) {
    return api.gql(
      `mutation($input: ReviseReadingInput!) { reviseReading(input: $input) { id } }`,
      { input: { readingId: reading.id, text } },
      cast.OWNER.token,
    );
  }

  beforeAll(async () => {
    api = await startTestApp({ realtime: { ...loadConfig({ NODE_ENV: 'test' }).realtime, maxRoomsPerSocket: 6 } });
    cast = await registerCast(api);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await api.close();
  });

  describe('handshake', () => {
    it('refuses a socket without credentials, saying why', async () => {
      const socket = rawSocket(api.url);
      sockets.push(socket);
      const error = await refused(socket);
      expect(error.message).toMatch(/Sign in first/);
      expect(error.data).toEqual({ code: 'UNAUTHENTICATED' });
    });

    it('refuses a forged or ended session', async () => {
      const forged = rawSocket(api.url, { auth: { token: 'not-a-token' } });
      sockets.push(forged);
      await expect(refused(forged)).resolves.toMatchObject({ data: { code: 'UNAUTHENTICATED' } });
      const user = await registerUser(api, 'Leaver');
      await api.gql('mutation { signOut }', {}, user.token);
      const ended = rawSocket(api.url, { auth: { token: user.token } });
      sockets.push(ended);
      await expect(refused(ended)).resolves.toMatchObject({ data: { code: 'UNAUTHENTICATED' } });
    });

    it('closes the open sockets of a session when it signs out, and only those', async () => {
      const user = await registerUser(api, 'Two devices');
      const other = await api.gql<{ signIn: { token: string } }>(
        `mutation($i: SignInInput!) { signIn(input: $i) { token } }`,
        { i: { email: user.email, password: TEST_PASSWORD } },
      );
      const phone = await open(user);
      const laptop = await open({ ...user, token: other.data!.signIn.token });
      const closed = new Promise<string>((resolve) => phone.socket.on('disconnect', (reason) => resolve(reason)));
      await api.gql('mutation { signOut }', {}, user.token);
      await expect(closed).resolves.toBe('io server disconnect');
      await sleep(200);
      expect(laptop.socket.connected).toBe(true);
    });

    it('accepts the token as auth.token, as a Bearer header and as the session cookie', async () => {
      const token = cast.MEMBER.token;
      const handshakes: Array<Parameters<typeof rawSocket>[1]> = [
        { auth: { token } },
        { extraHeaders: { authorization: `Bearer ${token}` } },
        { extraHeaders: { cookie: `glossa_session=${token}` } },
      ];
      for (const options of handshakes) {
        const socket = rawSocket(api.url, options);
        sockets.push(socket);
        await expect(connected(socket)).resolves.toBeUndefined();
      }
    });

    it('refuses a cookie-authenticated socket opened by a page of another site', async () => {
      const socket = rawSocket(api.url, {
        extraHeaders: { cookie: `glossa_session=${cast.MEMBER.token}`, origin: 'https://evil.example' },
      });
      sockets.push(socket);
      await expect(refused(socket)).resolves.toMatchObject({ data: { code: 'FORBIDDEN' } });
    });
  });

  describe('audience', () => {
    it("puts every socket in its user's room: a private annotation reaches only its author", async () => {
      const seminar = await seminarFor(api, cast);
      const reading = { ...(await addReading(api, seminar.id, cast.OWNER, READING_TEXT)), text: READING_TEXT };
      const author = await open(cast.MEMBER);
      const authorTab = await open(cast.MEMBER);
      const others = await Promise.all(
        (['OWNER', 'MODERATOR', 'OBSERVER'] as const).map((role) => subscribed(cast[role], readingRoom(reading.id))),
      );
      const outsider = await open(cast.NON_MEMBER);
      const created = await annotated(api, cast.MEMBER, reading, 'people first', { visibility: 'PRIVATE' });
      for (const tab of [author, authorTab]) {
        await expect(
          tab.inbox.next<EventEnvelope>('event', (e) => e.type === 'annotation.created'),
        ).resolves.toMatchObject({ room: userRoom(cast.MEMBER.id), payload: { annotation: { id: created.id } } });
      }
      // A later public event is the fence: whatever was emitted before it has arrived by then.
      await annotated(api, cast.OWNER, reading, 'freedom from want');
      for (const other of others) {
        await other.inbox.next<EventEnvelope>('event', (e) => e.type === 'annotation.created');
        expect(other.inbox.all<EventEnvelope>('event').map((e) => e.room)).toEqual([readingRoom(reading.id)]);
      }
      await sleep(100);
      expect(outsider.inbox.all('event')).toEqual([]);
    });

    it('keeps moderators-room events from members and observers, and lets every role hear the seminar room', async () => {
      const seminar = await seminarFor(api, cast);
      const listeners = await Promise.all(
        (['OWNER', 'MODERATOR', 'MEMBER', 'OBSERVER'] as const).map(async (role) => {
          const { socket, inbox } = await subscribed(cast[role], seminarRoom(seminar.id));
          socket.emit('subscribe', { room: moderatorsRoom(seminar.id) });
          return { role, inbox };
        }),
      );
      for (const { role, inbox } of listeners) {
        if (role === 'MEMBER' || role === 'OBSERVER') {
          await expect(inbox.next<RealtimeErrorMessage>('error')).resolves.toMatchObject({
            code: 'FORBIDDEN',
            event: 'subscribe',
            room: moderatorsRoom(seminar.id),
          });
        } else {
          await inbox.next<SyncedMessage>('synced', (m) => m.room === moderatorsRoom(seminar.id));
        }
      }
      await api.gql(
        `mutation($id: ID!) { rotateInviteCode(input: { seminarId: $id }) { id } }`,
        { id: seminar.id },
        cast.OWNER.token,
      );
      await addReading(api, seminar.id, cast.OWNER);
      for (const { role, inbox } of listeners) {
        await inbox.next<EventEnvelope>('event', (e) => e.type === 'reading.added');
        const rotated = inbox.all<EventEnvelope>('event', (e) => e.type === 'seminar.invite_rotated');
        expect([role, rotated.length]).toEqual([role, role === 'OWNER' || role === 'MODERATOR' ? 1 : 0]);
      }
    });

    it('refuses a non-member every room of the seminar with NOT_FOUND, and never joins them', async () => {
      const seminar = await seminarFor(api, cast);
      const reading = await addReading(api, seminar.id, cast.OWNER);
      const { socket, inbox } = await open(cast.NON_MEMBER);
      const rooms = [
        seminarRoom(seminar.id),
        moderatorsRoom(seminar.id),
        readingRoom(reading.id),
        userRoom(cast.MEMBER.id),
      ];
      for (const room of rooms) socket.emit('subscribe', { room, since: 0 });
      for (const room of rooms) {
        await expect(inbox.next<RealtimeErrorMessage>('error', (e) => e.room === room)).resolves.toMatchObject({
          code: 'NOT_FOUND',
        });
      }
      await revise(reading);
      await sleep(150);
      expect(inbox.all('event')).toEqual([]);
      expect(inbox.all('replay')).toEqual([]);
      expect(inbox.all('synced')).toEqual([]);
    });

    it('lets every member into a debate room and delivers its claims there; a non-member gets NOT_FOUND', async () => {
      const seminar = await seminarFor(api, cast);
      const debate = await createDebate(api, cast.OWNER, seminar.id);
      const room = debateRoom(debate.id);
      const listeners = await Promise.all(
        (['OWNER', 'MODERATOR', 'MEMBER', 'OBSERVER'] as const).map((role) => subscribed(cast[role], room)),
      );
      const outsider = await open(cast.NON_MEMBER);
      outsider.socket.emit('subscribe', { room });
      await expect(outsider.inbox.next<RealtimeErrorMessage>('error')).resolves.toMatchObject({
        code: 'NOT_FOUND',
        room,
      });
      await addClaim(api, cast.OWNER, debate.id);
      for (const { inbox } of listeners) {
        await expect(inbox.next<EventEnvelope>('event', (e) => e.room === room)).resolves.toMatchObject({ seq: 1 });
      }
      expect(outsider.inbox.all('event')).toEqual([]);
    });

    it('refuses a debate room that does not exist as NOT_FOUND', async () => {
      const { socket, inbox } = await open(cast.OWNER);
      const room = `debate:${randomUUID()}`;
      socket.emit('subscribe', { room });
      await expect(inbox.next<RealtimeErrorMessage>('error')).resolves.toMatchObject({ code: 'NOT_FOUND', room });
    });
  });

  describe('replay', () => {
    it('replays the events after since, in order, then says where the room stands, then goes live', async () => {
      const seminar = await seminarFor(api, cast);
      const reading = await addReading(api, seminar.id, cast.OWNER);
      for (let i = 0; i < 5; i++) await revise(reading);
      const { socket, inbox } = await subscribed(cast.OBSERVER, readingRoom(reading.id), 2);
      const replayed = inbox.all<{ events: EventEnvelope[] }>('replay').flatMap((m) => m.events);
      expect(replayed.map((e) => e.seq)).toEqual([3, 4, 5]);
      await expect(inbox.next<SyncedMessage>('synced')).resolves.toEqual({ room: readingRoom(reading.id), seq: 5 });
      await revise(reading);
      await expect(inbox.next<EventEnvelope>('event')).resolves.toMatchObject({ seq: 6, type: 'reading.revised' });
      socket.emit('backfill', { room: readingRoom(reading.id), since: 4 });
      await inbox.next<SyncedMessage>('synced', (m) => m.seq === 6);
      expect(
        inbox
          .all<{ events: EventEnvelope[] }>('replay')
          .flatMap((m) => m.events)
          .map((e) => e.seq),
      ).toEqual([3, 4, 5, 5, 6]);
    });

    it('without since, replays nothing and tells the current seq; with since ahead of the room, says stale', async () => {
      const seminar = await seminarFor(api, cast);
      const reading = await addReading(api, seminar.id, cast.OWNER);
      await revise(reading);
      const fresh = await subscribed(cast.MEMBER, readingRoom(reading.id));
      expect(fresh.inbox.all('replay')).toEqual([]);
      await expect(fresh.inbox.next('synced')).resolves.toEqual({ room: readingRoom(reading.id), seq: 1 });
      const ahead = await subscribed(cast.MEMBER, readingRoom(reading.id), 40);
      await expect(ahead.inbox.next('synced')).resolves.toEqual({ room: readingRoom(reading.id), seq: 1, stale: true });
    });

    it('refuses a backfill of a room the socket is not in', async () => {
      const { socket, inbox } = await open(cast.MEMBER);
      socket.emit('backfill', { room: seminarRoom(randomUUID()), since: 0 });
      await expect(inbox.next<RealtimeErrorMessage>('error')).resolves.toMatchObject({ code: 'NOT_SUBSCRIBED' });
    });

    it('lets a client that missed a live emit notice it from the heartbeat and backfill it', async () => {
      const seminar = await seminarFor(api, cast);
      const reading = await addReading(api, seminar.id, cast.OWNER);
      const room = readingRoom(reading.id);
      const client = await connectClient(api.url, cast.MEMBER.token);
      const seen: number[] = [];
      const subscription = client.subscribe(room, (e) => seen.push(e.seq), { since: 0 });
      await subscription.ready;
      await revise(reading);
      await eventually(() => seen.length === 1, 'the live event arrived');
      // Committed, never emitted: as when the instance that wrote it died before publishing.
      await api.app.get(TransactionRunner).run(async (tx) => {
        await api.app.get(EventLog).append(
          { manager: tx.manager, afterCommit: () => undefined },
          room,
          'reading.revised',
          {
            seminarId: seminar.id,
            readingId: reading.id,
            revisionNumber: 99,
            note: 'lost emit',
            reanchored: { exact: 0, fuzzy: 0, orphaned: 0 },
          },
          cast.OWNER.id,
        );
      });
      await sleep(100);
      expect(seen).toEqual([1]);
      await api.app.get(HeartbeatService).beat();
      await eventually(() => seen.length === 2, 'the missed event was backfilled');
      expect(seen).toEqual([1, 2]);
      client.close();
    });
  });

  describe('limits', () => {
    it('answers malformed, unknown and oversized messages with an error event and keeps serving', async () => {
      const { socket, inbox } = await open(cast.MEMBER);
      const seminar = await seminarFor(api, cast);
      const raw = socket as unknown as { emit(name: string, ...args: unknown[]): void };
      raw.emit('subscribe', 'seminar');
      raw.emit('subscribe', { room: 'seminar:42' });
      raw.emit('subscribe', { room: seminarRoom(seminar.id), since: -3 });
      raw.emit('shutdown', {});
      raw.emit('subscribe', { room: seminarRoom(seminar.id), padding: 'x'.repeat(10_000) });
      raw.emit('subscribe');
      await eventually(() => inbox.all('error').length === 6, 'six errors arrived');
      expect(inbox.all<RealtimeErrorMessage>('error').map((e) => e.code)).toEqual([
        'BAD_MESSAGE',
        'BAD_MESSAGE',
        'BAD_MESSAGE',
        'UNKNOWN_MESSAGE',
        'TOO_LARGE',
        'BAD_MESSAGE',
      ]);
      socket.emit('subscribe', { room: seminarRoom(seminar.id) });
      await expect(inbox.next<SyncedMessage>('synced')).resolves.toMatchObject({ room: seminarRoom(seminar.id) });
    });

    it('closes a connection that sends a frame beyond the hard cap, and stays up for everyone else', async () => {
      const { socket } = await open(cast.MEMBER);
      const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
      (socket as unknown as { emit(name: string, ...args: unknown[]): void }).emit('subscribe', {
        room: 'x'.repeat(200_000),
      });
      await expect(closed).resolves.toBe('transport close');
      const other = await subscribed(cast.MEMBER, userRoom(cast.MEMBER.id));
      await expect(other.inbox.next('synced')).resolves.toMatchObject({ room: userRoom(cast.MEMBER.id) });
    });

    it('rate-limits a flooding socket with RATE_LIMITED, told once, and serves it again once it slows down', async () => {
      const { socket, inbox } = await open(cast.MEMBER);
      for (let i = 0; i < 300; i++) socket.emit('unsubscribe', { room: seminarRoom(randomUUID()) });
      await inbox.next<RealtimeErrorMessage>('error', (e) => e.code === 'RATE_LIMITED');
      await sleep(300);
      expect(inbox.all<RealtimeErrorMessage>('error', (e) => e.code === 'RATE_LIMITED')).toHaveLength(1);
      expect(inbox.all<UnsubscribedMessage>('unsubscribed').length).toBeLessThan(300);
      await sleep(1000);
      socket.emit('subscribe', { room: userRoom(cast.MEMBER.id) });
      await expect(inbox.next<SyncedMessage>('synced')).resolves.toMatchObject({ room: userRoom(cast.MEMBER.id) });
    });

    it('caps the rooms one socket may be in', async () => {
      const seminar = await seminarFor(api, cast);
      const readings = await Promise.all(Array.from({ length: 5 }, () => addReading(api, seminar.id, cast.OWNER)));
      const { socket, inbox } = await open(cast.MEMBER);
      // The user's own room counts: 1 + 5 readings = the cap of 6 set for this file.
      for (const reading of readings) socket.emit('subscribe', { room: readingRoom(reading.id) });
      socket.emit('subscribe', { room: seminarRoom(seminar.id) });
      await expect(inbox.next<RealtimeErrorMessage>('error')).resolves.toMatchObject({
        code: 'TOO_MANY_ROOMS',
        room: seminarRoom(seminar.id),
      });
      expect(inbox.all('synced')).toHaveLength(5);
      socket.emit('unsubscribe', { room: readingRoom(readings[0].id) });
      socket.emit('subscribe', { room: seminarRoom(seminar.id) });
      await expect(
        inbox.next<SyncedMessage>('synced', (m) => m.room === seminarRoom(seminar.id)),
      ).resolves.toBeTruthy();
    });
  });

  describe('membership changes', () => {
    it("takes a removed member's sockets out of every room of the seminar, at once", async () => {
      const seminar = await seminarFor(api, cast);
      const reading = await addReading(api, seminar.id, cast.OWNER);
      const member = await subscribed(cast.MEMBER, seminarRoom(seminar.id));
      member.socket.emit('subscribe', { room: readingRoom(reading.id) });
      await member.inbox.next('synced', (m: SyncedMessage) => m.room === readingRoom(reading.id));
      const observer = await subscribed(cast.OBSERVER, readingRoom(reading.id));
      await api.gql(
        `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { id } }`,
        { input: { seminarId: seminar.id, userId: cast.MEMBER.id } },
        cast.OWNER.token,
      );
      // The removed member hears of the removal itself, then leaves both rooms.
      await expect(member.inbox.next<EventEnvelope>('event', (e) => e.type === 'member.left')).resolves.toMatchObject({
        payload: { userId: cast.MEMBER.id },
      });
      for (const room of [seminarRoom(seminar.id), readingRoom(reading.id)]) {
        await expect(member.inbox.next<UnsubscribedMessage>('unsubscribed', (m) => m.room === room)).resolves.toEqual({
          room,
          reason: 'ACCESS_REVOKED',
        });
      }
      await revise(reading);
      await observer.inbox.next<EventEnvelope>('event', (e) => e.type === 'reading.revised');
      await sleep(50);
      expect(member.inbox.all<EventEnvelope>('event', (e) => e.type === 'reading.revised')).toEqual([]);
      member.socket.emit('subscribe', { room: readingRoom(reading.id) });
      await expect(member.inbox.next<RealtimeErrorMessage>('error')).resolves.toMatchObject({ code: 'NOT_FOUND' });
    });

    it("takes a demoted moderator out of the moderators' room only", async () => {
      const seminar = await seminarFor(api, cast);
      const moderator = await subscribed(cast.MODERATOR, seminarRoom(seminar.id));
      moderator.socket.emit('subscribe', { room: moderatorsRoom(seminar.id) });
      await moderator.inbox.next('synced', (m: SyncedMessage) => m.room === moderatorsRoom(seminar.id));
      await api.gql(
        `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id } }`,
        { input: { seminarId: seminar.id, userId: cast.MODERATOR.id, role: 'MEMBER' } },
        cast.OWNER.token,
      );
      await expect(moderator.inbox.next<UnsubscribedMessage>('unsubscribed')).resolves.toEqual({
        room: moderatorsRoom(seminar.id),
        reason: 'ACCESS_REVOKED',
      });
      await api.gql(
        `mutation($id: ID!) { rotateInviteCode(input: { seminarId: $id }) { id } }`,
        { id: seminar.id },
        cast.OWNER.token,
      );
      await addReading(api, seminar.id, cast.OWNER);
      await moderator.inbox.next<EventEnvelope>('event', (e) => e.type === 'reading.added');
      expect(moderator.inbox.all<EventEnvelope>('event', (e) => e.type === 'seminar.invite_rotated')).toEqual([]);
      expect(moderator.inbox.all('unsubscribed')).toHaveLength(1);
    });
  });

  describe('presence and typing', () => {
    it('shows who is reading, counting several tabs once, and updates when they leave or disconnect', async () => {
      const seminar = await seminarFor(api, cast);
      const reading = await addReading(api, seminar.id, cast.OWNER);
      const room = readingRoom(reading.id);
      const watcher = await subscribed(cast.OWNER, room);
      const names = async (expected: string[]) => {
        await expect(
          watcher.inbox
            .next<PresenceMessage>(
              'presence.changed',
              (m) => m.users.map((u) => u.displayName).join() === expected.join(),
            )
            .then((m) => m.users.map((u) => u.displayName)),
        ).resolves.toEqual(expected);
      };
      const tab1 = await subscribed(cast.MEMBER, room);
      const tab2 = await subscribed(cast.MEMBER, room);
      const observer = await subscribed(cast.OBSERVER, room);
      await names(['Member', 'Observer', 'Owner']);
      await expect(
        tab2.inbox
          .next<PresenceMessage>('presence.changed', (m) => m.users.length === 3)
          .then((m) => m.users.map((u) => u.userId)),
      ).resolves.toEqual([cast.MEMBER.id, cast.OBSERVER.id, cast.OWNER.id]);
      tab1.socket.disconnect();
      await sleep(400);
      const last = watcher.inbox.all<PresenceMessage>('presence.changed').at(-1);
      expect(last?.users.map((u) => u.displayName)).toEqual(['Member', 'Observer', 'Owner']);
      tab2.socket.emit('unsubscribe', { room });
      await names(['Observer', 'Owner']);
      observer.socket.disconnect();
      await names(['Owner']);
    });

    it('relays typing to the other sockets of the room, throttled, and never stores it', async () => {
      const seminar = await seminarFor(api, cast);
      const reading = { ...(await addReading(api, seminar.id, cast.OWNER, READING_TEXT)), text: READING_TEXT };
      const room = readingRoom(reading.id);
      const typist = await subscribed(cast.MEMBER, room);
      const reader = await subscribed(cast.OBSERVER, room);
      const { threadId } = await annotated(api, cast.OWNER, reading, 'people first');
      typist.socket.emit('typing', { room, threadId });
      typist.socket.emit('typing', { room, threadId });
      await expect(reader.inbox.next<TypingMessage>('typing')).resolves.toEqual({
        room,
        threadId,
        userId: cast.MEMBER.id,
        displayName: 'Member',
      });
      await sleep(150);
      expect(reader.inbox.all('typing')).toHaveLength(1);
      expect(typist.inbox.all('typing')).toEqual([]);
      const stored: Array<{ type: string }> = await api.app
        .get(DataSource)
        .query('SELECT type FROM events WHERE room = $1', [room]);
      expect(stored.map((e) => e.type)).toEqual(['annotation.created']);
      typist.socket.emit('typing', { room: seminarRoom(seminar.id), threadId });
      await expect(typist.inbox.next<RealtimeErrorMessage>('error')).resolves.toMatchObject({ code: 'BAD_MESSAGE' });
    });

    it('relays typing only for a thread shown in that room (not another reading’s, not a private one)', async () => {
      const seminar = await seminarFor(api, cast);
      const reading = { ...(await addReading(api, seminar.id, cast.OWNER, READING_TEXT)), text: READING_TEXT };
      const other = { ...(await addReading(api, seminar.id, cast.OWNER, READING_TEXT)), text: READING_TEXT };
      const room = readingRoom(reading.id);
      const typist = await subscribed(cast.MEMBER, room);
      const reader = await subscribed(cast.OBSERVER, room);
      const elsewhere = await annotated(api, cast.OWNER, other, 'people first');
      const secret = await annotated(api, cast.MEMBER, reading, 'people first', { visibility: 'PRIVATE' });
      for (const threadId of [elsewhere.threadId, secret.threadId, randomUUID()]) {
        typist.socket.emit('typing', { room, threadId });
      }
      const refusals = () => typist.inbox.all<RealtimeErrorMessage>('error', (e) => e.event === 'typing');
      await eventually(() => refusals().length === 3, 'each typing message is refused');
      expect(refusals().map((e) => [e.code, e.room])).toEqual(Array(3).fill(['NOT_FOUND', room]));
      await sleep(150);
      expect(reader.inbox.all('typing')).toEqual([]);
    });
  });
});
