import type { SyncedMessage } from '@glossa/contracts';
import { addReading, Cast, registerCast, seminarFor } from './factories';
import { LIVE_STATE, must, startLive } from './live-factories';
import { connected, Inbox, rawSocket, RawSocket } from './realtime-sockets';
import { startTestApp, TestApp } from './test-app';

export const LIVE_TEXT = 'Human security puts people first. Sovereignty, in this view, is a responsibility to protect.';

export interface LiveSessionState {
  id: string;
  live: boolean;
  eventSeq: number;
  facilitator: { id: string };
  position: { offset: number | null; claimId: string | null } | null;
  spotlight: { id: string; exact: string; note: string } | null;
  spotlights: Array<{ id: string }>;
  poll: {
    id: string;
    open: boolean;
    counts: number[];
    total: number;
    myAnswer: number | null;
    voters: unknown;
  } | null;
  round: { id: string; open: boolean; secondsLeft: number } | null;
  hands: Array<{ user: { id: string } }>;
  summaryMarkdown: string | null;
}

/** One app and cast for a live-session suite, with scenes, state reads and room listeners. */
export function liveHarness() {
  const h = {
    api: null as unknown as TestApp,
    cast: null as unknown as Cast,
    sockets: [] as RawSocket[],
    /** A fresh seminar with a reading and a session on it, started (and led) by the owner. */
    async readingScene() {
      const seminar = await seminarFor(h.api, h.cast);
      const reading = await addReading(h.api, seminar.id, h.cast.OWNER, LIVE_TEXT);
      const session = await startLive(h.api, h.cast.OWNER, { subjectType: 'READING', subjectId: reading.id });
      return { seminar, reading, session };
    },
    async state(sessionId: string, token: string): Promise<LiveSessionState> {
      return must(
        await h.api.gql<{ liveSession: LiveSessionState }>(LIVE_STATE, { id: sessionId }, token),
        'liveSession',
      ).liveSession;
    },
    /** A socket subscribed to `room` (from `since`, when given), once it is synced. */
    async listen(token: string, room: string, since?: number): Promise<Inbox> {
      const socket = rawSocket(h.api.url, { auth: { token } });
      h.sockets.push(socket);
      const inbox = new Inbox(socket);
      await connected(socket);
      socket.emit('subscribe', since === undefined ? { room } : { room, since });
      await inbox.next<SyncedMessage>('synced', (m) => m.room === room);
      return inbox;
    },
  };
  beforeAll(async () => {
    h.api = await startTestApp();
    h.cast = await registerCast(h.api);
  });
  afterAll(async () => {
    for (const socket of h.sockets) socket.disconnect();
    await h.api.close();
  });
  return h;
}
