import type { PresenceUser } from '@glossa/contracts';
import { useSyncExternalStore } from 'react';
import { useViewer } from '../features/auth/useViewer';
import { sharedRealtimeClient } from './shared-realtime-client';

const NOBODY: PresenceUser[] = [];

/**
 * Who is in a reading room now (`presence.changed`), each person once however many tabs they have
 * open (the server dedupes). Only rooms this page subscribed to report presence.
 */
export function usePresence(room: string | null): PresenceUser[] {
  const viewer = useViewer();
  const client = viewer.status === 'signed-in' ? sharedRealtimeClient(viewer.viewer.id) : null;
  return useSyncExternalStore(
    (notify) =>
      client
        ? client.onPresence((message) => {
            if (message.room === room) notify();
          })
        : () => undefined,
    () => {
      const users = client && room ? client.presence(room) : NOBODY;
      return users.length > 0 ? users : NOBODY;
    },
  );
}
