import { Link, useParams } from 'react-router';
import { LiveSessionBar } from '../../features/live/LiveSessionBar';
import { LiveStageProvider } from '../../features/live/LiveStageProvider';
import { ReadingRoom } from '../../features/reading-room/ReadingRoom';
import { useReading } from '../../features/readings/useReading';
import { useSeminarName } from '../../features/readings/useSeminarName';
import { DownloadAnnotations } from '../../features/take-out/DownloadAnnotations';
import { LoadingState } from '../../ui/LoadingState';
import { Notice } from '../../ui/Notice';
import { NotFoundPage } from './NotFoundPage';
import styles from './ReadingPage.module.css';

/** A reading, opened as the seminar's reading room: the text, everyone's highlights, the discussion. */
export function ReadingPage() {
  const { readingId = '' } = useParams();
  const state = useReading(readingId);
  const seminarName = useSeminarName(state.status === 'ready' ? state.reading.seminarId : null);

  if (state.status === 'loading') return <LoadingState label="Opening the reading…" />;
  if (state.status === 'not-found') return <NotFoundPage what="reading" />;
  if (state.status === 'error') return <Notice tone="error">{state.message}</Notice>;

  const { reading } = state;
  return (
    <div className={styles.room}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <ol>
          <li>
            <Link to="/">Seminars</Link>
          </li>
          {seminarName && (
            <li>
              <span>{seminarName}</span>
            </li>
          )}
          <li aria-current="page">
            <span>{reading.title}</span>
          </li>
        </ol>
      </nav>
      <LiveStageProvider key={reading.id}>
        <LiveSessionBar key={`live-${reading.id}`} subjectType="READING" subjectId={reading.id} />
        <ReadingRoom key={reading.id} reading={reading} onRevised={state.reload} />
      </LiveStageProvider>
      <aside className={styles.takeOut} aria-label="Take out">
        <DownloadAnnotations seminarId={reading.seminarId} readingId={reading.id} />
      </aside>
    </div>
  );
}
