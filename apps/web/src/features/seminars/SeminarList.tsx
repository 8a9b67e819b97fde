import { seminarRoom } from '@glossa/contracts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useRoomEvents } from '../../realtime/useRoomEvents';
import { Button } from '../../ui/Button';
import { LoadingState } from '../../ui/LoadingState';
import { Notice } from '../../ui/Notice';
import { SeminarCard } from './SeminarCard';
import styles from './SeminarList.module.css';
import { useMySeminarsPage } from './useMySeminarsPage';

/**
 * Keeps a page of seminar cards live: anything that happens in one of its seminars (a reading added
 * or revised, a debate opened or changed, someone joining, leaving or changing role) reloads the
 * page, a burst of events once.
 */
function useSeminarsLive(seminars: readonly { id: string; eventSeq: number }[] | null, refresh: () => void): void {
  const rooms = useMemo(() => (seminars ?? []).map((seminar) => seminarRoom(seminar.id)), [seminars]);
  // Subscribed from the state the page shows: what happened since it loaded is replayed, not lost.
  const since = useMemo(
    () => Object.fromEntries((seminars ?? []).map((seminar) => [seminarRoom(seminar.id), seminar.eventSeq])),
    [seminars],
  );
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const reloadSoon = useCallback(() => {
    if (pending.current !== null) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      refresh();
    }, RELOAD_AFTER_MS);
  }, [refresh]);
  useEffect(
    () => () => {
      if (pending.current !== null) clearTimeout(pending.current);
    },
    [],
  );
  useRoomEvents(rooms, reloadSoon, { onResync: reloadSoon, since });
}

/** Events come in bursts (a reading added with its first revision): one reload for a burst. */
const RELOAD_AFTER_MS = 250;

/**
 * My seminars, page by page: each loaded page keeps its own query (and so stays fresh when a
 * mutation touches a seminar), and "Show more" adds the next one.
 */
export function SeminarList() {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  return (
    <div className={styles.list}>
      {cursors.map((after, index) => (
        <SeminarPage
          key={after ?? 'first'}
          after={after}
          isFirst={index === 0}
          isLast={index === cursors.length - 1}
          onShowMore={(next) => setCursors((list) => [...list, next])}
        />
      ))}
    </div>
  );
}

interface SeminarPageProps {
  after: string | null;
  isFirst: boolean;
  isLast: boolean;
  onShowMore: (cursor: string) => void;
}

function SeminarPage({ after, isFirst, isLast, onShowMore }: SeminarPageProps) {
  const { seminars, nextCursor, loading, error, refresh } = useMySeminarsPage(after);
  useSeminarsLive(seminars, refresh);
  if (loading) return <LoadingState label="Loading your seminars…" />;
  if (error && !seminars) return <Notice tone="error">{error}</Notice>;
  if (!seminars) return null;
  if (isFirst && seminars.length === 0) {
    return (
      <div className={styles.empty}>
        <p className={styles.emptyTitle}>You are not in any seminar yet.</p>
        <p>Join one with the invite code your convenor gave you, or start your own.</p>
      </div>
    );
  }
  return (
    <>
      {seminars.map((seminar) => (
        <SeminarCard key={seminar.id} seminar={seminar} />
      ))}
      {isLast && nextCursor && (
        <Button variant="secondary" className={styles.more} onClick={() => onShowMore(nextCursor)}>
          Show more seminars
        </Button>
      )}
    </>
  );
}
