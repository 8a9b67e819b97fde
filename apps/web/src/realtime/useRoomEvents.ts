import type { EventEnvelope } from '@glossa/contracts';
import { useEffect, useRef } from 'react';
import { useViewer } from '../auth/useViewer';
import { sharedRealtimeClient } from './shared-realtime-client';

export interface RoomEventOptions {
  /**
   * Reload the state the rooms describe: called once each room is subscribed (events published
   * between the page's query and the subscription are then included), and whenever the server could
   * not replay what a reconnect missed.
   */
  onResync?: () => void;
}

/**
 * Calls `onEvent` with every event of `rooms` (each once, in order, across reconnects) while the
 * component is mounted. Rooms the server refuses (e.g. the moderators' room for a member) are
 * simply not heard.
 */
export function useRoomEvents(
  rooms: readonly string[],
  onEvent: (event: EventEnvelope) => void,
  options: RoomEventOptions = {},
): void {
  const viewer = useViewer();
  const viewerId = viewer.status === 'signed-in' ? viewer.viewer.id : null;
  const handler = useRef(onEvent);
  const resync = useRef(options.onResync);
  useEffect(() => {
    handler.current = onEvent;
    resync.current = options.onResync;
  });
  const key = rooms.join(' ');

  useEffect(() => {
    if (!viewerId || !key) return;
    const client = sharedRealtimeClient(viewerId);
    let active = true;
    const subscriptions = key.split(' ').map((room) => {
      const subscription = client.subscribe(room, (event) => handler.current(event), {
        onStale: () => resync.current?.(),
      });
      void subscription.ready.then(() => {
        if (active) resync.current?.();
      });
      return subscription;
    });
    return () => {
      active = false;
      for (const subscription of subscriptions) subscription.unsubscribe();
    };
  }, [viewerId, key]);
}
