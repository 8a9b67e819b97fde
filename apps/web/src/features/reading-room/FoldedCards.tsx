import { memo } from 'react';
import { Avatar } from '../../ui/Avatar';
import { Icon } from '../../ui/Icon';
import type { AnnotationStoreState } from '../annotations/annotation-store';
import { useStoreSelector } from '../annotations/useStoreSelector';
import styles from './AnnotationSidebar.module.css';

/** The first three distinct authors of the folded cards, as one string ("id\tname" lines), so an unchanged list is an unchanged value. */
function authorsOf(state: AnnotationStoreState, ids: readonly string[]): string {
  const seen = new Map<string, string>();
  for (const id of ids) {
    const author = state.annotations[id]?.author;
    if (author && !seen.has(author.id)) seen.set(author.id, author.displayName);
    if (seen.size === 3) break;
  }
  return [...seen].map(([id, name]) => `${id}\t${name}`).join('\n');
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * "N more on these lines": the cards folded under a crowded passage's first card, opened on demand.
 * It re-renders only when its cards or their authors change, not on every change to the reading's
 * annotations: a busy reading has a hundred of these (bench/web). `onOpen` is taken as it was when
 * the cards were last the same, since it opens those same cards.
 */
export const FoldedCards = memo(
  function FoldedCards({ ids, onOpen }: { ids: readonly string[]; onOpen: () => void }) {
    const authors = useStoreSelector((s) => authorsOf(s, ids));
    return (
      <button type="button" className={styles.folded} onClick={onOpen} aria-label={`${ids.length} more ${ids.length === 1 ? 'annotation' : 'annotations'} on these lines`}>
        <span className={styles.foldedAvatars}>
          {authors.split('\n').filter(Boolean).map((line) => {
            const [id, name] = line.split('\t');
            return <Avatar key={id} id={id} name={name} size="sm" />;
          })}
        </span>
        {ids.length} more on these lines
        <Icon name="chevronDown" size={14} />
      </button>
    );
  },
  (previous, next) => sameIds(previous.ids, next.ids),
);
