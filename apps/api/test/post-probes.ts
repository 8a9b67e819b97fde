import { readingRoom, RealtimeErrorMessage, ReplayMessage, SyncedMessage } from '@glossa/contracts';
import { TestUser } from './factories';
import { connected, Inbox, RawSocket, rawSocket } from './realtime-sockets';
import { TestApp } from './test-app';

export const READING_VIEW = `query($id: ID!) { reading(id: $id) { annotations(first: 100) { edges { node { id body tags
  replies { edges { node { id body } } } } } } } }`;
const ONE = `query($id: ID!) { annotation(id: $id) { id body replies { edges { node { body } } } } }`;
const SEARCH = `query($input: SearchInput!) { search(input: $input) { edges { node { kind id snippet { text } } } } }`;
const EXPORT = `query($input: ExportAnnotationsInput!) { exportAnnotations(input: $input) { content } }`;
const NOTIFICATIONS = `{ notifications { edges { node { subjectId excerpt } } } }`;

/**
 * Looks for a post through every path a reader could find it by (docs/design.md, Who may see what):
 * the reading view, the annotation by id with its thread, search, the three exports, notifications,
 * and a replay of the reading's room from 0 — for the tests of the rules that hide posts
 * (hide until you post, small groups). Sockets it opens close with `close()`.
 */
export class PostProbes {
  private readonly sockets: RawSocket[] = [];
  private words = 0;

  constructor(
    /** Getters, so a probe can be made before `beforeAll` starts the app. */
    private readonly appOf: () => TestApp,
    private readonly seminarId: () => string,
  ) {}

  /** A word no other test writes, so finding it anywhere means it leaked. */
  secret(): string {
    return `hqz${Date.now().toString(36)}w${(this.words += 1)}`;
  }

  async socketOf(user: TestUser): Promise<{ socket: RawSocket; inbox: Inbox }> {
    const socket = rawSocket(this.appOf().url, { auth: { token: user.token } });
    this.sockets.push(socket);
    const inbox = new Inbox(socket);
    await connected(socket);
    return { socket, inbox };
  }

  /** Subscribes to `room`; resolves with the inbox once synced, or with the refusal. */
  async subscribe(user: TestUser, room: string, since?: number) {
    const { socket, inbox } = await this.socketOf(user);
    socket.emit('subscribe', since === undefined ? { room } : { room, since });
    const answer = await Promise.race([
      inbox.next<SyncedMessage>('synced', (m) => m.room === room).then(() => null),
      inbox.next<RealtimeErrorMessage>('error', (m) => m.room === room),
    ]);
    return { inbox, refusal: answer };
  }

  /** Everything `user` can read of the reading's posts through every read path, as one string. */
  async everythingSeenBy(
    user: TestUser,
    reading: { id: string },
    post: { id: string },
    words: string[],
  ): Promise<{ seen: string; replayRefused: RealtimeErrorMessage | null }> {
    const api = this.appOf();
    const seminarId = this.seminarId();
    const seen: unknown[] = [await api.gql(READING_VIEW, { id: reading.id }, user.token)];
    seen.push(await api.gql(ONE, { id: post.id }, user.token));
    for (const word of words) seen.push(await api.gql(SEARCH, { input: { seminarId, query: word } }, user.token));
    for (const format of ['WEB_ANNOTATION', 'HYPOTHESIS'])
      seen.push(await api.gql(EXPORT, { input: { seminarId, format } }, user.token));
    seen.push(await api.gql(EXPORT, { input: { readingId: reading.id, format: 'MARKDOWN' } }, user.token));
    seen.push(await api.gql(NOTIFICATIONS, {}, user.token));
    const replay = await this.subscribe(user, readingRoom(reading.id), 0);
    seen.push(replay.inbox.all<ReplayMessage>('replay').flatMap((m) => m.events));
    return { seen: JSON.stringify(seen), replayRefused: replay.refusal };
  }

  close(): void {
    for (const socket of this.sockets) socket.close();
  }
}
