import { plural, postCounts } from './export-choices';
import styles from './TakeOut.module.css';
import type { ImportPreview, ImportReport } from './useTakeOut';

/** What a preview foresees and a report found, in one shape. */
export interface Figures {
  annotations: number;
  replies: number;
  duplicates: number;
  orphaned: ImportReport['orphaned'];
  attributedToImporter: ImportReport['attributedToImporter'];
  authorsMatched: ImportReport['authorsMatched'];
  unmatchedReadings: ImportReport['unmatchedReadings'];
  skipped: ImportReport['skipped'];
}

export function previewFigures(p: ImportPreview): Figures {
  return { ...p, annotations: p.annotationsToImport, replies: p.repliesToImport, duplicates: p.duplicatesToSkip };
}

export function reportFigures(r: ImportReport): Figures {
  return { ...r, annotations: r.annotationsImported, replies: r.repliesImported, duplicates: r.duplicatesSkipped };
}

/** How many posts came from each original author, for the posts attributed to the importer. */
function byOriginalAuthor(attributed: Figures['attributedToImporter']): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const a of attributed) counts.set(a.originalAuthor, (counts.get(a.originalAuthor) ?? 0) + 1);
  return [...counts];
}

/** The figures of an import: before it (`will`) or after it. */
export function ImportFigures({ figures, will, label }: { figures: Figures; will: boolean; label: string }) {
  const f = figures;
  return (
    <dl className={styles.figures} aria-label={label}>
      <dt>{will ? 'To import' : 'Imported'}</dt>
      <dd>{postCounts(f.annotations, f.replies)}</dd>
      <dt>{will ? 'Duplicates to skip' : 'Duplicates skipped'}</dt>
      <dd>{f.duplicates === 0 ? 'none' : `${plural(f.duplicates, 'post')} already in this seminar`}</dd>
      <dt>Authors matched</dt>
      <dd>
        {f.authorsMatched.length === 0
          ? 'none'
          : [...f.authorsMatched]
              .sort((a, b) => a.displayName.localeCompare(b.displayName))
              .map((a) => `${a.displayName} (${plural(a.posts, 'post')})`)
              .join(', ')}
      </dd>
      <dt>{will ? 'Will be attributed to you' : 'Attributed to you'}</dt>
      <dd>
        {f.attributedToImporter.length === 0
          ? 'none'
          : byOriginalAuthor(f.attributedToImporter)
              .map(([author, n]) => `${plural(n, 'post')} by ${author}`)
              .join('; ')}
      </dd>
      <dt>Orphaned</dt>
      <dd>
        {f.orphaned.length === 0 ? (
          'none'
        ) : (
          <>
            {plural(f.orphaned.length, 'annotation')} whose passage is not in the current text (kept with their quote):
            <ul className={styles.quotes}>
              {f.orphaned.map((o) => (
                <li key={o.sourceId}>“{o.quote}”</li>
              ))}
            </ul>
          </>
        )}
      </dd>
      {f.unmatchedReadings.length > 0 && (
        <>
          <dt>Readings not in this seminar</dt>
          <dd>
            {f.unmatchedReadings
              .map((r) => `${r.title ?? r.iri} (${plural(r.annotations, 'annotation')} left out)`)
              .join('; ')}
          </dd>
        </>
      )}
      {f.skipped.length > 0 && (
        <>
          <dt>Left out</dt>
          <dd>
            <ul className={styles.quotes}>
              {f.skipped.map((s, i) => (
                <li key={`${s.sourceId ?? 'item'}-${i}`}>{s.reason}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
