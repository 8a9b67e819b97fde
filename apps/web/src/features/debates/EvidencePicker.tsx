import { useId, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../graphql/graphql-error';
import styles from './EvidencePicker.module.css';

const ReadingPassagesDocument = graphql(`
  query ReadingPassages($id: ID!) {
    reading(id: $id) {
      id
      annotations(first: 2000) {
        edges {
          node {
            id
            readingId
            motivation
            anchorStatus
            deleted
            color
            tags
            target {
              exact
            }
            author {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

/** A passage chosen as evidence: an annotation of a seminar reading. */
export interface PickedPassage {
  id: string;
  readingId: string;
  exact: string;
}

export interface EvidencePickerProps {
  /** The readings to choose from, the debate's own first. */
  readings: ReadonlyArray<{ id: string; title: string }>;
  picked: readonly PickedPassage[];
  onChange: (picked: PickedPassage[]) => void;
}

/**
 * Chooses the passages a claim cites, from the annotations the seminar made on its readings
 * (only those this person may see: the API lists no others). None is fine too.
 */
export function EvidencePicker({ readings, picked, onChange }: EvidencePickerProps) {
  const id = useId();
  // The readings may arrive after the picker opens: until one is chosen, show the first cited
  // passage's reading, else the first reading.
  const [chosen, setReadingId] = useState<string | null>(picked[0]?.readingId ?? null);
  const readingId = chosen ?? readings[0]?.id ?? '';
  const [filter, setFilter] = useState('');
  const [result] = useQuery({ query: ReadingPassagesDocument, variables: { id: readingId }, pause: !readingId });
  const title = (rid: string) => readings.find((r) => r.id === rid)?.title ?? 'a reading';

  const passages = useMemo(() => {
    const words = filter.trim().toLowerCase();
    const all = (result.data?.reading.annotations.edges ?? []).map((e) => e.node).filter((a) => !a.deleted);
    // One row per passage: several people often highlight the same words.
    const seen = new Set<string>();
    return all.filter((a) => {
      const key = a.target.exact;
      if (seen.has(key) && !picked.some((p) => p.id === a.id)) return false;
      seen.add(key);
      return (
        !words || a.target.exact.toLowerCase().includes(words) || a.tags.some((t) => t.toLowerCase().includes(words))
      );
    });
  }, [result.data, filter, picked]);

  const toggle = (passage: PickedPassage) =>
    onChange(
      picked.some((p) => p.id === passage.id) ? picked.filter((p) => p.id !== passage.id) : [...picked, passage],
    );

  return (
    <fieldset className={styles.picker}>
      <legend className={styles.legend}>Cite passages from the readings</legend>
      <p className={styles.hint}>Evidence is optional, but a claim that points at the text is easier to weigh.</p>
      {picked.length > 0 && (
        <ul className={styles.picked} aria-label="Cited passages">
          {picked.map((p) => (
            <li key={p.id} className={styles.chip}>
              <span className={styles.chipQuote}>“{p.exact}”</span>
              <span className={styles.chipSource}>{title(p.readingId)}</span>
              <button
                type="button"
                className={styles.remove}
                aria-label={`Stop citing “${p.exact.slice(0, 40)}”`}
                onClick={() => toggle(p)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.controls}>
        <div className={styles.control}>
          <label htmlFor={`${id}-reading`} className={styles.label}>
            Reading
          </label>
          <select
            id={`${id}-reading`}
            className={styles.select}
            value={readingId}
            onChange={(e) => setReadingId(e.target.value)}
          >
            {readings.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.control}>
          <label htmlFor={`${id}-filter`} className={styles.label}>
            Find a passage
          </label>
          <input
            id={`${id}-filter`}
            className={styles.select}
            type="search"
            value={filter}
            placeholder="Words or a tag"
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
      </div>
      {result.error && <p className={styles.problem}>{errorMessage(result.error)}</p>}
      {result.fetching && !result.data && <p className={styles.hint}>Loading the passages…</p>}
      {result.data && passages.length === 0 && (
        <p className={styles.hint}>
          {filter
            ? 'No annotated passage matches.'
            : 'Nobody has annotated this reading yet: highlight a passage in the reading room, then cite it here.'}
        </p>
      )}
      {passages.length > 0 && (
        <ul className={styles.list} aria-label={`Annotated passages of ${title(readingId)}`}>
          {passages.map((a) => {
            const checked = picked.some((p) => p.id === a.id);
            return (
              <li key={a.id}>
                <label className={styles.passage} data-checked={checked ? '' : undefined} data-color={a.color}>
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={() => toggle({ id: a.id, readingId: a.readingId, exact: a.target.exact })}
                  />
                  <span className={styles.passageText}>
                    <span className={styles.passageQuote}>“{a.target.exact}”</span>
                    <span className={styles.passageMeta}>
                      {a.author.displayName}
                      {a.tags.length > 0 && ` · ${a.tags.map((t) => `#${t}`).join(' ')}`}
                      {a.anchorStatus === 'orphaned' && ' · no longer in the text'}
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
