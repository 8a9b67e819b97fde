import type { ConnectionState } from '@glossa/realtime-client';
import { useSyncExternalStore } from 'react';
import { useViewer } from '../features/auth/useViewer';
import { sharedRealtimeClient } from './shared-realtime-client';

/** The state of the page's real-time connection, for a "live / reconnecting" indicator. */
export function useLiveConnection(): ConnectionState {
  const viewer = useViewer();
  const client = viewer.status === 'signed-in' ? sharedRealtimeClient(viewer.viewer.id) : null;
  return useSyncExternalStore(
    (notify) => (client ? client.onState(notify) : () => undefined),
    () => client?.state ?? 'idle',
  );
}
