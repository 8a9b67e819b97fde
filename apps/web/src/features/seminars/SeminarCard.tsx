import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { SeminarCardFieldsFragment } from '../../gql/graphql';
import { DebateSummary } from './DebateSummary';
import { roleLabel } from './role-label';
import styles from './SeminarCard.module.css';

/** Page sizes kept small enough that a page of seminars stays well under the API's query cost limit. */
export const SeminarCardFields = graphql(`
  fragment SeminarCardFields on Seminar {
    id
    eventSeq
    name
    description
    myRole
    inviteCode
    memberCount
    readingCount
    readings(first: 20) {
      edges {
        node {
          id
          title
          author
        }
      }
    }
    debates(first: 10) {
      edges {
        node {
          ...DebateSummaryFields
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export function SeminarCard({ seminar }: { seminar: SeminarCardFieldsFragment }) {
  const headingId = `seminar-${seminar.id}`;
  const readings = seminar.readings.edges.map((e) => e.node);
  const debates = seminar.debates.edges.map((e) => e.node);
  const moreReadings = seminar.readingCount - readings.length;

  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <header className={styles.header}>
        <div className={styles.titleRow}>
          <h2 id={headingId} className={styles.name}>
            <Link to={`/seminars/${seminar.id}`} className={styles.nameLink}>
              {seminar.name}
            </Link>
          </h2>
          <span className={styles.role} data-role={seminar.myRole}>
            {roleLabel(seminar.myRole)}
          </span>
        </div>
        {seminar.description && <p className={styles.description}>{seminar.description}</p>}
        <p className={styles.facts}>
          {plural(seminar.memberCount, 'member')} · {plural(seminar.readingCount, 'reading')} ·{' '}
          {seminar.debates.pageInfo.hasNextPage ? `${debates.length}+ debates` : plural(debates.length, 'debate')}
        </p>
        {(seminar.myRole === 'OWNER' || seminar.myRole === 'MODERATOR') && (
          <p className={styles.invite}>
            <Link to={`/seminars/${seminar.id}/moderation`} className={styles.deskLink}>
              Moderation desk
            </Link>
          </p>
        )}
        {seminar.inviteCode && (
          <p className={styles.invite}>
            Invite code <code className={styles.code}>{seminar.inviteCode}</code>
          </p>
        )}
      </header>

      <section className={styles.section} aria-label={`Readings of ${seminar.name}`}>
        <h3 className={styles.sectionTitle}>Readings</h3>
        {readings.length === 0 ? (
          <p className={styles.empty}>No readings yet.</p>
        ) : (
          <ol className={styles.readings}>
            {readings.map((reading) => (
              <li key={reading.id} className={styles.reading}>
                <Link to={`/readings/${reading.id}`} className={styles.readingLink}>
                  <span className={styles.readingTitle}>{reading.title}</span>
                  {reading.author && <span className={styles.readingAuthor}>{reading.author}</span>}
                </Link>
              </li>
            ))}
          </ol>
        )}
        {moreReadings > 0 && <p className={styles.more}>and {plural(moreReadings, 'more reading')}</p>}
      </section>

      <section className={styles.section} aria-label={`Debates of ${seminar.name}`}>
        <h3 className={styles.sectionTitle}>Debates</h3>
        {debates.length === 0 ? (
          <p className={styles.empty}>No debates yet.</p>
        ) : (
          <ul className={styles.debates}>
            {debates.map((debate) => (
              <li key={debate.id}>
                <DebateSummary debate={debate} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
