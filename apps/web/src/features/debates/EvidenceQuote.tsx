import { Link } from 'react-router';
import type { Evidence } from './claim-fields';
import styles from './EvidenceQuote.module.css';
import { Icon } from '../../ui/Icon';

/** Where the reading room opens a passage: the reading, scrolled to the cited annotation's words. */
export function passageHref(evidence: Pick<Evidence, 'id' | 'readingId'>): string {
  return `/readings/${evidence.readingId}?annotation=${encodeURIComponent(evidence.id)}`;
}

/**
 * A cited passage: the exact words, the reading they come from, and a link that opens the reading
 * at them. A passage a revision cut loose (orphaned) keeps its quote and says so.
 */
export function EvidenceQuote({ evidence, readingTitle }: { evidence: Evidence; readingTitle: string | null }) {
  const orphaned = evidence.anchorStatus === 'orphaned';
  return (
    <figure className={styles.evidence} data-orphaned={orphaned ? '' : undefined} data-color={evidence.color}>
      <blockquote className={styles.quote}>
        <Link
          to={passageHref(evidence)}
          className={styles.quoteLink}
          title={`Open ${readingTitle ?? 'the reading'} at these words`}
        >
          {evidence.target.exact}
        </Link>
      </blockquote>
      <figcaption className={styles.caption}>
        {orphaned ? (
          <span className={styles.orphaned}>
            <Icon name="orphan" size={13} strokeWidth={1.8} /> This passage is no longer in the current text of{' '}
            {readingTitle ? <cite>{readingTitle}</cite> : 'the reading'}; the quote is kept.
          </span>
        ) : (
          <>
            <span className={styles.source}>
              {readingTitle ? <cite>{readingTitle}</cite> : 'A seminar reading'}
              {evidence.page && <>, p. {evidence.page.label}</>}
            </span>
            <Link to={passageHref(evidence)} className={styles.open}>
              Open at the passage<span aria-hidden="true"> →</span>
            </Link>
          </>
        )}
      </figcaption>
    </figure>
  );
}
