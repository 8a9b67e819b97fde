import { randomUUID } from 'node:crypto';
import { registerUser, TestUser } from './factories';
import { connected, Inbox, RawSocket, rawSocket } from './realtime-sockets';
import { startTestApp, TestApp } from './test-app';

/**
 * What the anonymous-mode suites share: one app, an owner, a moderator, the author whose identity
 * must not leak and a peer looking for it, with room listeners and the leak check.
 */
export function anonymityHarness() {
  const sockets: RawSocket[] = [];
  const h = {
    api: null as unknown as TestApp,
    owner: null as unknown as TestUser,
    moderator: null as unknown as TestUser,
    author: null as unknown as TestUser,
    peer: null as unknown as TestUser,
    /** A socket of `user` subscribed to `rooms` (live from now, or replayed from `since`). */
    async listen(user: TestUser, rooms: string[], since?: number): Promise<Inbox> {
      const socket = rawSocket(h.api.url, { auth: { token: user.token } });
      sockets.push(socket);
      const inbox = new Inbox(socket);
      await connected(socket);
      for (const room of rooms) {
        socket.emit('subscribe', since === undefined ? { room } : { room, since });
        await inbox.next('synced', (m: { room: string }) => m.room === room, 10_000);
      }
      return inbox;
    },
    /** The author's name, id and email wherever they appear in `what`. */
    leaks(what: unknown): string[] {
      const text = JSON.stringify(what);
      return [h.author.displayName, h.author.id, h.author.email].filter((secret) => text.includes(secret));
    },
  };
  beforeAll(async () => {
    h.api = await startTestApp();
    const tag = randomUUID().slice(0, 6);
    h.owner = await registerUser(h.api, `Olive Owner ${tag}`);
    h.moderator = await registerUser(h.api, `Mona Moderator ${tag}`);
    h.author = await registerUser(h.api, `Ada Realname ${tag}`);
    h.peer = await registerUser(h.api, `Pat Peer ${tag}`);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await h.api.close();
  });
  return h;
}
