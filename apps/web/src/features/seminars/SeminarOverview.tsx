import { Link } from 'react-router';
import { RelativeTime } from '../../ui/RelativeTime';
import { DebateSummary } from './DebateSummary';
import styles from './SeminarPage.module.css';
import type { SeminarPageData } from './useSeminarPage';

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The readings with their annotation counts and how many are new since my last visit. */
export function SeminarReadings({ seminar, lastVisit }: { seminar: SeminarPageData; lastVisit: Date | null }) {
  const readings = seminar.readings.edges.map((e) => e.node);
  return (
    <section className={styles.panel} aria-labelledby="readings-title">
      <h2 id="readings-title" className={styles.sectionTitle}>
        Readings ({seminar.readingCount})
      </h2>
      <p className={styles.muted}>
        {lastVisit ? (
          <>
            New since your last visit (<RelativeTime iso={lastVisit.toISOString()} />)
          </>
        ) : (
          'Your first visit: everything here is new to you.'
        )}
      </p>
      {readings.length === 0 ? (
        <p className={styles.muted}>No readings yet.</p>
      ) : (
        <ol className={styles.list}>
          {readings.map((reading) => (
            <li key={reading.id} className={styles.item}>
              <Link to={`/readings/${reading.id}`} className={styles.itemLink}>
                {reading.title}
              </Link>
              {reading.author && <span className={styles.muted}> · {reading.author}</span>}
              <span className={styles.counts}>
                {plural(reading.annotationCount, 'annotation')}
                {lastVisit && reading.newAnnotationCount > 0 && (
                  <strong className={styles.fresh}> · {reading.newAnnotationCount} new</strong>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function SeminarDebates({ seminar }: { seminar: SeminarPageData }) {
  const debates = seminar.debates.edges.map((e) => e.node);
  return (
    <section className={styles.panel} aria-labelledby="debates-title">
      <h2 id="debates-title" className={styles.sectionTitle}>
        Debates
      </h2>
      {debates.length === 0 ? (
        <p className={styles.muted}>No debates yet.</p>
      ) : (
        <ul className={styles.list}>
          {debates.map((debate) => (
            <li key={debate.id} className={styles.item}>
              <DebateSummary debate={debate} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SeminarActivityList({ seminar }: { seminar: SeminarPageData }) {
  return (
    <section className={styles.panel} aria-labelledby="activity-title">
      <h2 id="activity-title" className={styles.sectionTitle}>
        Recent activity
      </h2>
      {seminar.recentActivity.length === 0 ? (
        <p className={styles.muted}>Nothing has happened yet.</p>
      ) : (
        <ol className={styles.list} aria-live="polite">
          {seminar.recentActivity.map((item) => (
            <li key={item.id} className={styles.item}>
              {item.readingId ? (
                <Link to={`/readings/${item.readingId}`}>{item.summary}</Link>
              ) : item.debateId ? (
                <Link to={`/debates/${item.debateId}`}>{item.summary}</Link>
              ) : (
                item.summary
              )}{' '}
              <span className={styles.muted}>
                · <RelativeTime iso={item.at} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
