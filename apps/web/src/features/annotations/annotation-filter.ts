import type { Motivation } from '../../gql/graphql';
import type { AnnotationRecord } from './annotation-fields';

/** Whose annotations to show (the API's AnnotationScope, applied in the client's store). */
export type AnnotationScopeFilter = 'ALL' | 'MINE' | 'OTHERS' | 'PRIVATE';

export interface AnnotationFilter {
  scope: AnnotationScopeFilter;
  /** Empty means everyone. */
  authorIds: readonly string[];
  /** Empty means any tag (or none); otherwise an annotation needs one of these. */
  tags: readonly string[];
  /** Empty means every motivation. */
  motivations: readonly Motivation[];
}

export const noFilter: AnnotationFilter = { scope: 'ALL', authorIds: [], tags: [], motivations: [] };

export function isFiltering(filter: AnnotationFilter): boolean {
  return filter.scope !== 'ALL' || filter.authorIds.length > 0 || filter.tags.length > 0 || filter.motivations.length > 0;
}

export function activeFilterCount(filter: AnnotationFilter): number {
  return (filter.scope !== 'ALL' ? 1 : 0) + filter.authorIds.length + filter.tags.length + filter.motivations.length;
}

/**
 * Whether an annotation passes the filter, with the same meaning as the API's filters: scope by
 * author and visibility, and any-of within each list.
 */
export function matchesFilter(annotation: AnnotationRecord, filter: AnnotationFilter, viewerId: string | null): boolean {
  const mine = annotation.author.id === viewerId;
  if (filter.scope === 'MINE' && !mine) return false;
  if (filter.scope === 'OTHERS' && mine) return false;
  if (filter.scope === 'PRIVATE' && !(mine && annotation.visibility === 'PRIVATE')) return false;
  if (filter.authorIds.length > 0 && !filter.authorIds.includes(annotation.author.id)) return false;
  if (filter.motivations.length > 0 && !filter.motivations.includes(annotation.motivation)) return false;
  if (filter.tags.length > 0 && !annotation.tags.some((t) => filter.tags.includes(t))) return false;
  return true;
}

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

/** The members who annotated this reading and the tags in use, most used first, with counts. */
export function filterOptions(annotations: readonly AnnotationRecord[]): { authors: FilterOption[]; tags: FilterOption[] } {
  const authors = new Map<string, FilterOption>();
  const tags = new Map<string, FilterOption>();
  for (const a of annotations) {
    const author = authors.get(a.author.id) ?? { value: a.author.id, label: a.author.displayName, count: 0 };
    author.count += 1;
    authors.set(a.author.id, author);
    for (const tag of a.tags) {
      const option = tags.get(tag) ?? { value: tag, label: `#${tag}`, count: 0 };
      option.count += 1;
      tags.set(tag, option);
    }
  }
  const byUse = (x: FilterOption, y: FilterOption) => y.count - x.count || x.label.localeCompare(y.label);
  return { authors: [...authors.values()].sort(byUse), tags: [...tags.values()].sort(byUse) };
}
