import type { Motivation } from '../../gql/graphql';
import { Avatar } from '../../ui/Avatar';
import { AnnotationFilter, AnnotationScopeFilter, FilterOption, isFiltering, noFilter } from './annotation-filter';
import { MOTIVATIONS } from './annotation-labels';
import styles from './FilterPanel.module.css';

const SCOPES: ReadonlyArray<{ value: AnnotationScopeFilter; label: string }> = [
  { value: 'ALL', label: 'Everyone' },
  { value: 'MINE', label: 'Mine' },
  { value: 'OTHERS', label: 'Others’' },
  { value: 'PRIVATE', label: 'Private' },
];

export interface FilterPanelProps {
  id: string;
  filter: AnnotationFilter;
  onChange: (filter: AnnotationFilter) => void;
  options: { authors: FilterOption[]; tags: FilterOption[] };
}

/** Narrows the highlights and cards: whose, which members, which kinds, which tags (any of each). */
export function FilterPanel({ id, filter, onChange, options }: FilterPanelProps) {
  const toggle = <T extends string>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
  return (
    <div id={id} className={styles.panel} role="group" aria-label="Filter annotations">
      <fieldset className={styles.group}>
        <legend>Show</legend>
        <div className={styles.segmented}>
          {SCOPES.map((scope) => (
            <button key={scope.value} type="button" aria-pressed={filter.scope === scope.value} onClick={() => onChange({ ...filter, scope: scope.value })}>
              {scope.label}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Kind</legend>
        <div className={styles.chips}>
          {MOTIVATIONS.map((m) => (
            <button
              key={m.value}
              type="button"
              className={styles.chip}
              aria-pressed={filter.motivations.includes(m.value)}
              onClick={() => onChange({ ...filter, motivations: toggle<Motivation>(filter.motivations, m.value) })}
            >
              {m.plural}
            </button>
          ))}
        </div>
      </fieldset>
      {options.authors.length > 0 && (
        <fieldset className={styles.group}>
          <legend>Members</legend>
          <div className={styles.chips}>
            {options.authors.map((author) => (
              <button
                key={author.value}
                type="button"
                className={styles.chip}
                aria-pressed={filter.authorIds.includes(author.value)}
                onClick={() => onChange({ ...filter, authorIds: toggle(filter.authorIds, author.value) })}
              >
                <Avatar id={author.value} name={author.label} size="sm" />
                {author.label}
                <span className={styles.count}>{author.count}</span>
              </button>
            ))}
          </div>
        </fieldset>
      )}
      {options.tags.length > 0 && (
        <fieldset className={styles.group}>
          <legend>Tags</legend>
          <div className={styles.chips}>
            {options.tags.map((tag) => (
              <button key={tag.value} type="button" className={styles.chip} aria-pressed={filter.tags.includes(tag.value)} onClick={() => onChange({ ...filter, tags: toggle(filter.tags, tag.value) })}>
                {tag.label}
                <span className={styles.count}>{tag.count}</span>
              </button>
            ))}
          </div>
        </fieldset>
      )}
      {isFiltering(filter) && (
        <button type="button" className={styles.clear} onClick={() => onChange(noFilter)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
