import { Avatar } from '../../ui/Avatar';
import { Icon } from '../../ui/Icon';
import { useStoreSelector } from '../annotations/useStoreSelector';
import styles from './AnnotationSidebar.module.css';

/** "N more on these lines": the cards folded under a crowded passage's first card, opened on demand. */
export function FoldedCards({ ids, onOpen }: { ids: readonly string[]; onOpen: () => void }) {
  const annotations = useStoreSelector((s) => s.annotations);
  const authors = [...new Map(ids.flatMap((id) => (annotations[id] ? [[annotations[id].author.id, annotations[id].author]] : []))).values()];
  return (
    <button type="button" className={styles.folded} onClick={onOpen} aria-label={`${ids.length} more ${ids.length === 1 ? 'annotation' : 'annotations'} on these lines`}>
      <span className={styles.foldedAvatars}>
        {authors.slice(0, 3).map((author) => (
          <Avatar key={author.id} id={author.id} name={author.displayName} size="sm" />
        ))}
      </span>
      {ids.length} more on these lines
      <Icon name="chevronDown" size={14} />
    </button>
  );
}
