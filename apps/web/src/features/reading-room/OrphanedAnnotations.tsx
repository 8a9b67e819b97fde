import { AnnotationCard } from '../annotations/AnnotationCard';
import styles from './OrphanedAnnotations.module.css';

export interface OrphanedAnnotationsProps {
  ids: readonly string[];
  activeId: string | null;
  onActivate: (id: string) => void;
  onClose: () => void;
}

/**
 * Annotations whose passage a revision of the reading removed. They are never dropped silently
 * (docs/design.md, Anchoring): each keeps its quote and its thread, listed after the text.
 */
export function OrphanedAnnotations({ ids, activeId, onActivate, onClose }: OrphanedAnnotationsProps) {
  if (ids.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="orphaned-heading">
      <h2 id="orphaned-heading" className={styles.heading}>
        Passages no longer in the text <span className={styles.count}>{ids.length}</span>
      </h2>
      <p className={styles.lede}>A revision of this reading removed the words these annotations were about. Their quotes and threads are kept.</p>
      <div className={styles.list}>
        {ids.map((id) => (
          <AnnotationCard key={id} id={id} active={id === activeId} onActivate={onActivate} onClose={onClose} orphaned />
        ))}
      </div>
    </section>
  );
}
