import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { Passage, readingPassages } from './assignment-passages';
import styles from './Assignments.module.css';

export const AssignmentPassagesDocument = graphql(`
  query AssignmentPassages($id: ID!) {
    reading(id: $id) {
      id
      currentRevision {
        id
        text
        blocks {
          start
          end
        }
      }
    }
  }
`);

export interface PassageRange {
  rangeStart: number;
  rangeEnd: number;
}

/**
 * "Which part of the reading": the whole of it, or from one passage to another (paragraphs, or a
 * document's blocks), as Perusall's page ranges are picked — by the words a passage opens with.
 */
export function PassageRangeField({
  readingId,
  value,
  onChange,
}: {
  readingId: string;
  value: PassageRange | null;
  onChange: (range: PassageRange | null) => void;
}) {
  const [result] = useQuery({ query: AssignmentPassagesDocument, variables: { id: readingId } });
  const revision = result.data?.reading?.currentRevision;
  const passages = useMemo(() => (revision ? readingPassages(revision.text, revision.blocks) : []), [revision]);
  const [from, setFrom] = useState(0);
  const [to, setTo] = useState(0);
  const part = value !== null;

  // A range set from outside (e.g. the selection in the reading room) picks the passages it covers.
  useEffect(() => {
    if (!value || passages.length === 0) return;
    const first = passages.findIndex((p) => p.end > value.rangeStart);
    const last = passages.reduce((found, p, i) => (p.start < value.rangeEnd ? i : found), -1);
    if (first >= 0) setFrom(first);
    if (last >= 0) setTo(last);
  }, [value, passages]);

  function pick(nextFrom: number, nextTo: number) {
    const [a, b] = nextFrom <= nextTo ? [nextFrom, nextTo] : [nextTo, nextFrom];
    setFrom(a);
    setTo(b);
    onChange({ rangeStart: passages[a].start, rangeEnd: passages[b].end });
  }

  if (passages.length < 2) return null;
  return (
    <fieldset className={styles.range}>
      <legend className={styles.label}>Which part of the reading</legend>
      <label className={styles.check}>
        <input type="radio" name={`part-${readingId}`} checked={!part} onChange={() => onChange(null)} />
        The whole reading
      </label>
      <label className={styles.check}>
        <input type="radio" name={`part-${readingId}`} checked={part} onChange={() => pick(from, to)} />
        Only some passages
      </label>
      {part && (
        <div className={styles.dates}>
          <PassageSelect
            label="From the passage"
            passages={passages}
            value={from}
            onPick={(i) => pick(i, Math.max(to, i))}
          />
          <PassageSelect
            label="To the passage"
            passages={passages}
            value={to}
            onPick={(i) => pick(Math.min(from, i), i)}
          />
        </div>
      )}
    </fieldset>
  );
}

function PassageSelect({
  label,
  passages,
  value,
  onPick,
}: {
  label: string;
  passages: Passage[];
  value: number;
  onPick: (index: number) => void;
}) {
  return (
    <label className={styles.field}>
      <span className={styles.label}>{label}</span>
      <select className={styles.control} value={value} onChange={(e) => onPick(Number(e.target.value))}>
        {passages.map((p, i) => (
          <option key={p.start} value={i}>
            {i + 1}. {p.opening}
          </option>
        ))}
      </select>
    </label>
  );
}
