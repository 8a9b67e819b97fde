import type { Motivation, SearchHitKind } from '../../gql/graphql';
import type { SearchFilters } from './useSearch';

const LAST_SEMINAR_KEY = 'glossa.search.seminar';

/** The seminar searched last on this device, so the header's search goes on where it left off. */
export function lastSearchedSeminar(): string | null {
  try {
    return window.localStorage.getItem(LAST_SEMINAR_KEY);
  } catch {
    return null;
  }
}

export function rememberSearchedSeminar(seminarId: string): void {
  try {
    window.localStorage.setItem(LAST_SEMINAR_KEY, seminarId);
  } catch {
    // Private modes may refuse storage: the choice simply is not remembered.
  }
}

/** The search page's address for these filters: everything lives in the URL, so a search can be shared and reloaded. */
export function searchPath(filters: Partial<SearchFilters>): string {
  const params = new URLSearchParams();
  if (filters.query) params.set('q', filters.query);
  if (filters.seminarId) params.set('seminar', filters.seminarId);
  if (filters.readingId) params.set('reading', filters.readingId);
  if (filters.authorId) params.set('author', filters.authorId);
  if (filters.tag) params.set('tag', filters.tag);
  if (filters.motivation) params.set('motivation', filters.motivation);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  for (const kind of filters.kinds ?? []) params.append('kind', kind);
  return `/search?${params.toString()}`;
}

export function filtersFrom(params: URLSearchParams, fallbackSeminar: string | null): Omit<SearchFilters, 'seminarId'> & { seminarId: string | null } {
  return {
    query: params.get('q') ?? '',
    seminarId: params.get('seminar') ?? fallbackSeminar,
    readingId: params.get('reading') ?? undefined,
    authorId: params.get('author') ?? undefined,
    tag: params.get('tag') ?? undefined,
    motivation: (params.get('motivation') as Motivation | null) ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    kinds: params.getAll('kind') as SearchHitKind[],
  };
}
