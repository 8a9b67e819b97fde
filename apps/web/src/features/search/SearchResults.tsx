import { Link } from 'react-router';
import type { SearchHitKind } from '../../gql/graphql';
import { RelativeTime } from '../../ui/RelativeTime';
import styles from './Search.module.css';
import { firstMatchLength, snippetParts } from './snippet-parts';
import type { SearchHit } from './useSearch';

const GROUPS: Array<{ kind: SearchHitKind; title: string }> = [
  { kind: 'ANNOTATION', title: 'Annotations' },
  { kind: 'REPLY', title: 'Replies' },
  { kind: 'READING', title: 'In the readings' },
];

/** Where a hit opens: the annotation's card, the reply in its thread, or the words in the reading. */
export function hitLink(hit: SearchHit): string {
  if (hit.kind === 'ANNOTATION' && hit.annotationId) return `/readings/${hit.readingId}?annotation=${hit.annotationId}`;
  if (hit.kind === 'REPLY') return `/readings/${hit.readingId}?reply=${hit.id}`;
  const length = firstMatchLength(hit.snippet.highlights);
  return hit.position !== null && length !== null
    ? `/readings/${hit.readingId}?at=${hit.position}&length=${length}`
    : `/readings/${hit.readingId}`;
}

function Snippet({ text, highlights }: { text: string; highlights: readonly { start: number; end: number }[] }) {
  return (
    <span>
      {snippetParts(text, highlights).map((part, index) =>
        part.match ? (
          <mark key={index} className={styles.match}>
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </span>
  );
}

/** Results grouped by kind, each a link that opens the reading at the words found. */
export function SearchResults({ hits, more }: { hits: SearchHit[]; more: boolean }) {
  if (hits.length === 0) return <p role="status">Nothing found. Try other words or fewer filters.</p>;
  return (
    <div className={styles.results}>
      <p role="status" className={styles.muted}>
        {hits.length}
        {more ? '+' : ''} result{hits.length === 1 ? '' : 's'}
      </p>
      {GROUPS.map(({ kind, title }) => {
        const group = hits.filter((hit) => hit.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`results-${kind}`} className={styles.group}>
            <h2 id={`results-${kind}`} className={styles.groupTitle}>
              {title} ({group.length})
            </h2>
            <ol className={styles.hits}>
              {group.map((hit) => (
                <li key={`${hit.kind}-${hit.id}`} className={styles.hit}>
                  <Link to={hitLink(hit)} className={styles.hitLink}>
                    <Snippet text={hit.snippet.text} highlights={hit.snippet.highlights} />
                  </Link>
                  <p className={styles.meta}>
                    {hit.readingTitle}
                    {hit.author && <> · {hit.author.displayName}</>}
                    {hit.kind !== 'READING' && (
                      <>
                        {' '}
                        · <RelativeTime iso={hit.createdAt} />
                      </>
                    )}
                    {hit.tags.length > 0 && <> · {hit.tags.map((t) => `#${t}`).join(' ')}</>}
                  </p>
                  {hit.quote && <p className={styles.quote}>“{hit.quote.text}”</p>}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
