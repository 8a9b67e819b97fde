import type { RealtimeClient } from '@glossa/realtime-client';
import { useCallback, useContext, useSyncExternalStore } from 'react';
import { useViewer } from '../features/auth/useViewer';
import { sharedRealtimeClient } from './shared-realtime-client';
import { ThreadRoomContext } from './thread-room-context';
import { Typist, TypingBoard } from './typing-board';

const boards = new WeakMap<RealtimeClient, TypingBoard>();
const NOBODY: readonly Typist[] = [];

/** The board of the page's connection, fed by its relayed typing signals. */
function boardOf(client: RealtimeClient): TypingBoard {
  let board = boards.get(client);
  if (!board) {
    const created = new TypingBoard();
    client.onTyping((message) => created.heard(message));
    boards.set(client, created);
    board = created;
  }
  return board;
}

/** Who else is typing in a thread shown in `room` (none when `room` is null: a private thread). */
export function useTypists(room: string | null, threadId: string): readonly Typist[] {
  const viewer = useViewer();
  const viewerId = viewer.status === 'signed-in' ? viewer.viewer.id : null;
  const client = viewerId ? sharedRealtimeClient(viewerId) : null;
  const board = client ? boardOf(client) : null;
  return useSyncExternalStore(
    (notify) => (board ? board.subscribe(notify) : () => undefined),
    () => (board && room ? board.typists(room, threadId, viewerId) : NOBODY),
  );
}

/**
 * Tells the room of the thread being shown (ThreadRoomContext) that the viewer is typing in it; the
 * client throttles the signals. No room (a private thread): nothing is sent.
 */
export function useAnnounceTyping(threadId: string): () => void {
  const room = useContext(ThreadRoomContext);
  const viewer = useViewer();
  const viewerId = viewer.status === 'signed-in' ? viewer.viewer.id : null;
  return useCallback(() => {
    if (viewerId && room) sharedRealtimeClient(viewerId).typing(room, threadId);
  }, [viewerId, room, threadId]);
}
