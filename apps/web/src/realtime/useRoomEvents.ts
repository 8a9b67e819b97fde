import type { EventEnvelope } from '@glossa/contracts';
import { useEffect, useRef } from 'react';
import { useViewer } from '../features/auth/useViewer';
import { sharedRealtimeClient } from './shared-realtime-client';

export interface RoomEventOptions {
  /**
   * Reload the state the rooms describe: called once each room is subscribed (events published
   * between the page's query and the subscription are then included), and whenever the server could
   * not replay what a reconnect missed.
   */
  onResync?: () => void;
  /**
   * The `seq` the loaded state already includes, per room (e.g. `reading { eventSeq }`): the room is
   * subscribed from there, so what happened since the load is replayed and nothing is missed. A
   * room given a `since` is not resynced once subscribed (the replay covers it), only when stale.
   */
  since?: Readonly<Record<string, number>>;
  /** Whether `onResync` also runs once each room is subscribed (default true); it always runs when a room is stale. */
  resyncOnSubscribe?: boolean;
  /**
   * Changing it subscribes again: for a room the server refused that may now be joined (a reading
   * once hide-until-you-post no longer applies, docs/assignments.md).
   */
  epoch?: number;
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
  const since = useRef(options.since);
  const resyncOnSubscribe = options.resyncOnSubscribe ?? true;
  const epoch = options.epoch ?? 0;
  useEffect(() => {
    handler.current = onEvent;
    resync.current = options.onResync;
    since.current = options.since;
  });
  const key = rooms.join(' ');

  useEffect(() => {
    if (!viewerId || !key) return;
    const client = sharedRealtimeClient(viewerId);
    let active = true;
    const subscriptions = key.split(' ').map((room) => {
      const from = since.current?.[room];
      const subscription = client.subscribe(room, (event) => handler.current(event), {
        since: from,
        onStale: () => resync.current?.(),
      });
      void subscription.ready.then(() => {
        if (active && resyncOnSubscribe && from === undefined) resync.current?.();
      });
      return subscription;
    });
    return () => {
      active = false;
      for (const subscription of subscriptions) subscription.unsubscribe();
    };
  }, [viewerId, key, resyncOnSubscribe, epoch]);
}
