import { useMemo, useState } from 'react';
import { ThreadRoomContext } from '../../realtime/thread-room-context';
import { TypingLine } from '../../realtime/TypingLine';
import { Notice } from '../../ui/Notice';
import { ThreadLockedNote } from '../../ui/ThreadLockedNote';
import { ReplyComposer } from './ReplyComposer';
import { ReplyItem } from './ReplyItem';
import { replyRows } from './reply-rows';
import { ThreadContext, ThreadHost, ThreadReply } from './thread-host';
import styles from './Thread.module.css';

export interface ReplyThreadProps {
  host: ThreadHost;
  threadId: string;
  /** The real-time room the thread is shown in (typing signals); null where nobody else sees it. */
  room: string | null;
  /** Names the section for assistive technology. */
  label: string;
  /** The loaded replies, oldest first. */
  replies: readonly ThreadReply[];
  /** The author of the post the thread discusses ("Reply to Ama Mensah"). */
  answering: string;
  /** Replies may be written now. */
  open: boolean;
  /** Shown without a reply box: moderators locked it. */
  locked: boolean;
  /** The post itself was deleted: its replies may still be answered, it may not. */
  postDeleted?: boolean;
  /** Said when there is no reply yet. */
  empty?: string;
  hasMore: boolean;
  /** Its replies are being fetched (a thread whose replies were not loaded with its post). */
  fetching?: boolean;
  /** Loads the next page; resolves to an error to show, or null. */
  loadMore: () => Promise<string | null>;
}

/** A post's discussion, opened in its card: the replies as a conversation, and a composer. */
export function ReplyThread({
  host,
  threadId,
  room,
  label,
  replies,
  answering,
  open,
  locked,
  postDeleted = false,
  empty,
  hasMore,
  fetching = false,
  loadMore,
}: ReplyThreadProps) {
  const rows = useMemo(() => replyRows(replies), [replies]);
  const state = useMemo(() => ({ host, open }), [host, open]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function more() {
    setLoading(true);
    setError(await loadMore());
    setLoading(false);
  }

  return (
    <ThreadRoomContext.Provider value={room}>
      <ThreadContext.Provider value={state}>
        <section className={styles.thread} aria-label={label} aria-busy={fetching || undefined}>
          {fetching && <p className={styles.empty}>Loading replies…</p>}
          {!fetching && rows.length === 0 && empty && <p className={styles.empty}>{empty}</p>}
          {rows.length > 0 && (
            <ol className={styles.replies}>
              {rows.map((row) => (
                <ReplyItem key={row.reply.id} row={row} />
              ))}
            </ol>
          )}
          {hasMore && (
            <button type="button" className={styles.more} onClick={() => void more()} disabled={loading}>
              {loading ? 'Loading…' : 'Show later replies'}
            </button>
          )}
          {error && <Notice tone="error">{error}</Notice>}
          <TypingLine room={room} threadId={threadId} />
          {locked && <ThreadLockedNote />}
          {open && !postDeleted && (
            <ReplyComposer threadId={threadId} parentId={null} label={`Reply to ${answering}`} />
          )}
        </section>
      </ThreadContext.Provider>
    </ThreadRoomContext.Provider>
  );
}
