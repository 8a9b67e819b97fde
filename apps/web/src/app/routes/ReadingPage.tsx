import { Link, useParams } from 'react-router';
import { ReadingHeader } from '../../features/readings/ReadingHeader';
import { ReadingText } from '../../features/readings/ReadingText';
import { useReading } from '../../features/readings/useReading';
import { useSeminarName } from '../../features/readings/useSeminarName';
import { LoadingState } from '../../ui/LoadingState';
import { Notice } from '../../ui/Notice';
import { NotFoundPage } from './NotFoundPage';
import styles from './ReadingPage.module.css';

/** The reading room: for now the text itself; highlights, the margin and threads attach here later. */
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
      <article aria-label={reading.title}>
        <ReadingHeader reading={reading} />
        <ReadingText text={reading.currentRevision.text} />
      </article>
    </div>
  );
}
