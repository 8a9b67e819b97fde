import { ReactNode, RefObject, useCallback, useId, useMemo, useRef, useState } from 'react';
import { Icon } from '../../ui/Icon';
import { activeFilterCount, AnnotationFilter, FilterOption, isFiltering } from '../annotations/annotation-filter';
import { AnnotationCard } from '../annotations/AnnotationCard';
import { FilterPanel } from '../annotations/FilterPanel';
import styles from './AnnotationSidebar.module.css';
import { groupCards } from './card-groups';
import { FoldedCards } from './FoldedCards';
import type { MeasuredAnchors } from './useAnchorPositions';
import { useCardLayout } from './useCardLayout';

export const DRAFT_ID = '__draft';

export interface AnnotationSidebarProps {
  textRef: RefObject<HTMLElement | null>;
  /** Card ids in text order; DRAFT_ID marks where the draft goes. */
  order: readonly string[];
  draft: ReactNode;
  total: number;
  filter: AnnotationFilter;
  onFilterChange: (filter: AnnotationFilter) => void;
  options: { authors: FilterOption[]; tags: FilterOption[] };
  anchors: MeasuredAnchors;
  activeId: string | null;
  onActivate: (id: string) => void;
  onClose: () => void;
  aligned: boolean;
  loading: boolean;
}

/** The cards beside the text, in text order and aligned with their passages, under a sticky filter bar. */
export function AnnotationSidebar(props: AnnotationSidebarProps) {
  const { textRef, order, draft, total, filter, onFilterChange, options, anchors, activeId, onActivate, onClose, aligned, loading } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const panelId = useId();
  const shown = order.filter((id) => id !== DRAFT_ID).length;

  // Crowded passages fold their cards into groups (card-groups.ts); the open card's group shows in full.
  const heights = useRef(new Map<string, number>()).current;
  const [heightsMeasured, setHeightsMeasured] = useState(false);
  const onFirstHeights = useCallback(() => setHeightsMeasured(true), []);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const groups = useMemo(() => {
    const expanded = new Set(opened);
    if (activeId) expanded.add(activeId);
    const entries = order.map((id) => ({ id, anchor: anchors.positions.get(id)?.top ?? null }));
    if (!aligned) return entries.map(({ id }) => ({ lead: id, ids: [id], expanded: true }));
    return groupCards(entries, { heights, defaultHeight: 110, moreRow: 34, gap: 10, tolerance: 64, foldSpan: 280, expanded, never: new Set([DRAFT_ID]) });
  }, [order, anchors, opened, activeId, aligned, heights, heightsMeasured]);
  const slots = useMemo(() => groups.map((g) => g.lead), [groups]);
  const activeSlot = activeId ? (groups.find((g) => g.ids.includes(activeId))?.lead ?? null) : null;
  useCardLayout({ containerRef, textRef, order: slots, positions: anchors.positions, activeSlot, enabled: aligned, heights, onFirstHeights });

  const open = useCallback((ids: readonly string[]) => setOpened((previous) => new Set([...previous, ...ids])), []);
  const fold = useCallback(
    (ids: readonly string[]) => {
      setOpened((previous) => new Set([...previous].filter((id) => !ids.includes(id))));
      if (activeId && ids.includes(activeId)) onClose();
    },
    [activeId, onClose],
  );

  const card = (id: string) =>
    id === DRAFT_ID ? (
      <div key={id} className={styles.draftSlot}>
        {draft}
      </div>
    ) : (
      <AnnotationCard key={id} id={id} active={id === activeId} onActivate={onActivate} onClose={onClose} />
    );

  return (
    <aside className={styles.sidebar} aria-label="Annotations" data-aligned={aligned || undefined}>
      <div className={styles.bar}>
        <h2 className={styles.title}>
          Annotations{' '}
          <span className={styles.count} data-testid="annotation-count">
            {isFiltering(filter) ? `${shown} of ${total}` : total}
          </span>
        </h2>
        <button type="button" className={styles.filterButton} aria-expanded={filtersOpen} aria-controls={panelId} onClick={() => setFiltersOpen((open) => !open)}>
          <Icon name="filter" size={15} />
          Filter
          {activeFilterCount(filter) > 0 && <span className={styles.filterCount}>{activeFilterCount(filter)}</span>}
        </button>
        {filtersOpen && (
          <div className={styles.panel}>
            <FilterPanel id={panelId} filter={filter} onChange={onFilterChange} options={options} />
          </div>
        )}
      </div>
      <div ref={containerRef} className={styles.cards}>
        {groups.map((group) => (
          <div key={group.lead} data-card-slot={group.lead} className={styles.slot}>
            {(group.expanded ? group.ids : [group.lead]).map(card)}
            {group.ids.length > 1 &&
              (group.expanded ? (
                <button type="button" className={styles.fold} onClick={() => fold(group.ids)}>
                  Fold these {group.ids.length} cards
                </button>
              ) : (
                <FoldedCards ids={group.ids.slice(1)} onOpen={() => open(group.ids)} />
              ))}
          </div>
        ))}
      </div>
      {!loading && shown === 0 && !draft && (
        <div className={styles.empty}>
          {total === 0 ? (
            <>
              <p className={styles.emptyTitle}>No annotations yet</p>
              <p>Select words in the text to highlight them, comment or ask a question. Your seminar sees them here, beside the passage.</p>
            </>
          ) : (
            <p>Nothing matches these filters.</p>
          )}
        </div>
      )}
    </aside>
  );
}
