import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button } from '../../ui/Button';
import { LoadingState } from '../../ui/LoadingState';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { participationCsv } from './participation-csv';
import styles from './Participation.module.css';
import { ParticipationTable } from './ParticipationTable';
import { ParticipationTotals } from './ParticipationTotals';
import { useParticipation } from './useParticipation';

/**
 * Participation without surveillance (docs/leader-tools.md): counts of what members wrote, for
 * owners and moderators everyone's, for a member their own; a table, a chart and a CSV download.
 */
export function ParticipationPage({ notFound }: { notFound: () => React.ReactNode }) {
  const { seminarId = '' } = useParams();
  const [readingId, setReadingId] = useState<string | null>(null);
  const state = useParticipation(seminarId, readingId);

  if (state.status === 'loading') return <LoadingState label="Counting…" />;
  if (state.status === 'not-found') return notFound();
  if (state.status === 'error') return <Notice tone="error">{state.message}</Notice>;
  const { seminar, scope, rows } = state;
  const title = scope === 'everyone' ? 'Participation' : 'My participation';
  const where = readingId ? seminar.readings.find((r) => r.id === readingId)?.title : null;

  function download() {
    const url = URL.createObjectURL(new Blob([participationCsv(rows)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `participation-${seminar.name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <div className={styles.page}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link to="/">Seminars</Link> › <Link to={`/seminars/${seminar.id}`}>{seminar.name}</Link> ›{' '}
        <span aria-current="page">{title}</span>
      </nav>
      <PageHeading title={`${title} · ${seminar.name}`}>{title}</PageHeading>
      <p className={styles.promise}>
        These are counts of what {scope === 'everyone' ? 'members' : 'you'} wrote: annotations, questions, replies, reactions,
        claims, evidence and votes. Glossa does not record time on a page, scrolling or visits, and shows nothing of the
        kind here. {scope === 'everyone' ? 'Each member can see their own figures; only owners and moderators see everyone’s.' : 'Only you, the owners and the moderators see these figures.'}{' '}
        Private notes count only on their author’s own page; posts a moderator hid or removed do not count.
      </p>
      <div className={styles.controls}>
        <label className={styles.filter}>
          Reading
          <select value={readingId ?? ''} onChange={(e) => setReadingId(e.target.value || null)}>
            <option value="">All readings and debates</option>
            {seminar.readings.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </label>
        <Button variant="secondary" onClick={download}>
          Download CSV
        </Button>
      </div>
      <ParticipationTotals rows={rows} />
      <ParticipationTable
        rows={rows}
        caption={`${scope === 'everyone' ? 'Every member' : 'You'}, ${where ? `on “${where}”` : 'across the seminar'}. Sort by any column.`}
      />
    </div>
  );
}
