import { AnnotationCard } from '../annotations/AnnotationCard';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import styles from './OrphanedAnnotations.module.css';

/** What a reviewer may do to an orphan: its author or a moderator re-attaches or dismisses it. */
export interface OrphanReviewActions {
  mayReview: (id: string) => boolean;
  /** Words are selected in the text: an orphan can be attached to them. */
  hasSelection: boolean;
  onReattach: (id: string) => void;
  onDismiss: (id: string) => void;
  error: string | null;
}

export interface OrphanedAnnotationsProps {
  ids: readonly string[];
  activeId: string | null;
  onActivate: (id: string) => void;
  onClose: () => void;
  review: OrphanReviewActions;
}

/**
 * Annotations whose passage a revision of the reading removed: the review list. They are never
 * dropped silently (docs/design.md, Anchoring): each keeps its quote and its thread, listed after
 * the text until its author or a moderator attaches it to new words or dismisses it.
 */
export function OrphanedAnnotations({ ids, activeId, onActivate, onClose, review }: OrphanedAnnotationsProps) {
  if (ids.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="orphaned-heading">
      <h2 id="orphaned-heading" className={styles.heading}>
        Passages no longer in the text <span className={styles.count}>{ids.length}</span>
      </h2>
      <p className={styles.lede}>
        A revision of this reading removed the words these annotations were about. Their quotes and threads are kept.
        To attach one to new words, select them in the text, then choose “Attach to the selected words”.
      </p>
      {review.error && <Notice tone="error">{review.error}</Notice>}
      <div className={styles.list}>
        {ids.map((id) => (
          <div key={id}>
            <AnnotationCard id={id} active={id === activeId} onActivate={onActivate} onClose={onClose} orphaned />
            {review.mayReview(id) && (
              <p className={styles.review} data-keeps-selection>
                <Button type="button" variant="secondary" disabled={!review.hasSelection} onClick={() => review.onReattach(id)}>
                  Attach to the selected words
                </Button>{' '}
                <Button type="button" variant="secondary" onClick={() => review.onDismiss(id)}>
                  Dismiss
                </Button>
              </p>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
