import { RealtimeClient } from '@glossa/realtime-client';

let shared: { viewerId: string; client: RealtimeClient } | null = null;

/**
 * The page's one Socket.IO connection (docs/design.md §Realtime), opened for the signed-in person with
 * the session cookie. The handshake authenticates once, so when someone else signs in in this tab
 * the old connection is closed and a new one made: nobody hears another person's rooms.
 */
export function sharedRealtimeClient(viewerId: string): RealtimeClient {
  if (shared?.viewerId !== viewerId) {
    shared?.client.close();
    shared = { viewerId, client: new RealtimeClient().connect() };
  }
  return shared.client;
}
