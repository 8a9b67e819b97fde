import { useState } from 'react';
import { Button } from '../../ui/Button';
import { LoadingState } from '../../ui/LoadingState';
import { Notice } from '../../ui/Notice';
import { SeminarCard } from './SeminarCard';
import styles from './SeminarList.module.css';
import { useMySeminarsPage } from './useMySeminarsPage';

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
  const { seminars, nextCursor, loading, error } = useMySeminarsPage(after);
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
