import { readingRoom } from '@glossa/contracts';
import { useMemo, useState } from 'react';
import { Notice } from '../../ui/Notice';
import { ThreadLockedNote } from '../../ui/ThreadLockedNote';
import type { AnnotationRecord } from './annotation-fields';
import { useAnnotationView } from './annotation-view-context';
import { replyRows } from './reply-rows';
import { ReplyComposer } from './ReplyComposer';
import { ReplyItem } from './ReplyItem';
import { ThreadLockContext } from './thread-lock-context';
import { ThreadRoomContext } from '../../realtime/thread-room-context';
import { TypingLine } from '../../realtime/TypingLine';
import styles from './Thread.module.css';
import { useAnnotationActions } from './useAnnotationActions';
import { useStoreSelector } from './useStoreSelector';

/** An annotation's discussion, opened in place in its card: the replies as a tree, and a composer. */
export function AnnotationThread({ annotation }: { annotation: AnnotationRecord }) {
  const { canParticipate } = useAnnotationView();
  const actions = useAnnotationActions();
  const thread = useStoreSelector((s) => s.threads[annotation.threadId]);
  const replies = useStoreSelector((s) => s.replies);
  const rows = useMemo(
    () => replyRows((thread?.replyIds ?? []).flatMap((id) => (replies[id] ? [replies[id]] : []))),
    [thread, replies],
  );
  const room = annotation.visibility === 'SEMINAR' ? readingRoom(annotation.readingId) : null;
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function loadMore() {
    setLoading(true);
    const result = await actions.moreReplies(annotation, thread?.endCursor ?? null);
    setLoading(false);
    setError(result.ok ? null : result.error);
  }

  return (
    <ThreadRoomContext.Provider value={room}>
      <ThreadLockContext.Provider value={annotation.locked}>
      <section
        className={styles.thread}
        aria-label={`Discussion, ${rows.length} ${rows.length === 1 ? 'reply' : 'replies'}`}
      >
        {rows.length > 0 && (
          <ol className={styles.replies}>
            {rows.map((row) => (
              <ReplyItem key={row.reply.id} row={row} />
            ))}
          </ol>
        )}
        {thread?.hasMore && (
          <button type="button" className={styles.more} onClick={() => void loadMore()} disabled={loading}>
            {loading ? 'Loading…' : 'Show later replies'}
          </button>
        )}
        {error && <Notice tone="error">{error}</Notice>}
        <TypingLine room={room} threadId={annotation.threadId} />
        {annotation.locked && <ThreadLockedNote />}
        {canParticipate && !annotation.deleted && !annotation.locked && (
          <ReplyComposer threadId={annotation.threadId} parentId={null} answering={annotation.author.displayName} />
        )}
      </section>
      </ThreadLockContext.Provider>
    </ThreadRoomContext.Provider>
  );
}
