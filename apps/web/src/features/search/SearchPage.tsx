import { FormEvent, useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { Motivation, SearchHitKind } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { LoadingState } from '../../ui/LoadingState';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import styles from './Search.module.css';
import { filtersFrom, lastSearchedSeminar, rememberSearchedSeminar, searchPath } from './search-params';
import { SearchResults } from './SearchResults';
import { SearchFilters, useSearchResults, useSearchSources } from './useSearch';

const KINDS: Array<{ kind: SearchHitKind; label: string }> = [
  { kind: 'ANNOTATION', label: 'Annotations' },
  { kind: 'REPLY', label: 'Replies' },
  { kind: 'READING', label: 'Reading texts' },
];
const MOTIVATIONS: Array<{ value: Motivation; label: string }> = [
  { value: 'commenting', label: 'Comments' },
  { value: 'questioning', label: 'Questions' },
  { value: 'highlighting', label: 'Highlights' },
];

/**
 * Search within one seminar with every filter the API has. The filters live in the URL; the API
 * applies the privacy and moderation rules, so nothing here decides what may be seen.
 */
export function SearchPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const applied = filtersFrom(params, lastSearchedSeminar());
  const sources = useSearchSources(applied.seminarId);
  const seminarId = applied.seminarId ?? sources.seminars?.[0]?.id ?? null;
  const [draft, setDraft] = useState(applied);
  const key = params.toString();
  useEffect(() => setDraft(filtersFrom(new URLSearchParams(key), lastSearchedSeminar())), [key]);
  useEffect(() => {
    if (seminarId) rememberSearchedSeminar(seminarId);
  }, [seminarId]);

  const ready: SearchFilters | null = seminarId && applied.query.trim() ? { ...applied, seminarId } : null;
  const { hits, more, loading, error } = useSearchResults(ready);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void navigate(searchPath({ ...draft, seminarId: draft.seminarId ?? seminarId ?? undefined }));
  }
  const set = (patch: Partial<typeof draft>) => setDraft({ ...draft, ...patch });

  return (
    <>
      <PageHeading title={applied.query ? `Search: ${applied.query}` : 'Search'}>Search</PageHeading>
      <div className={styles.page}>
        <form className={styles.filters} onSubmit={submit} aria-label="Search and filters">
          <label className={styles.field}>
            Words
            <input type="search" required maxLength={200} value={draft.query} onChange={(e) => set({ query: e.target.value })} />
          </label>
          <label className={styles.field}>
            Seminar
            <select value={draft.seminarId ?? seminarId ?? ''} onChange={(e) => set({ seminarId: e.target.value, readingId: undefined, authorId: undefined })}>
              {(sources.seminars ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field}>
            Reading
            <select value={draft.readingId ?? ''} onChange={(e) => set({ readingId: e.target.value || undefined })}>
              <option value="">All readings</option>
              {sources.readings.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field}>
            Author
            <select value={draft.authorId ?? ''} onChange={(e) => set({ authorId: e.target.value || undefined })}>
              <option value="">Anyone</option>
              {sources.people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field}>
            Tag
            <input value={draft.tag ?? ''} maxLength={41} onChange={(e) => set({ tag: e.target.value || undefined })} />
          </label>
          <label className={styles.field}>
            Kind of annotation
            <select value={draft.motivation ?? ''} onChange={(e) => set({ motivation: (e.target.value || undefined) as Motivation | undefined })}>
              <option value="">Any</option>
              {MOTIVATIONS.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field}>
            Written from
            <input type="date" value={draft.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
          </label>
          <label className={styles.field}>
            Written until
            <input type="date" value={draft.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
          </label>
          <fieldset className={styles.kinds}>
            <legend>Look in</legend>
            {KINDS.map(({ kind, label }) => (
              <label key={kind}>
                <input
                  type="checkbox"
                  checked={draft.kinds.includes(kind)}
                  onChange={(e) =>
                    set({ kinds: e.target.checked ? [...draft.kinds, kind] : draft.kinds.filter((k) => k !== kind) })
                  }
                />{' '}
                {label}
              </label>
            ))}
          </fieldset>
          <Button type="submit">Search</Button>
        </form>
        <div aria-live="polite">
          {!applied.query && <p>Type words to find in annotations, replies and reading texts.</p>}
          {error && <Notice tone="error">{error}</Notice>}
          {ready && loading && !hits && <LoadingState label="Searching…" />}
          {ready && hits && <SearchResults hits={hits} more={more} />}
        </div>
      </div>
    </>
  );
}
