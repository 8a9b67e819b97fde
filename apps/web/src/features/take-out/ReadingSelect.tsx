import { useId } from 'react';
import styles from './TakeOut.module.css';

interface Props {
  label: string;
  /** The first choice, meaning "no single reading" (its value is the empty string). */
  noneLabel: string;
  readings: ReadonlyArray<{ id: string; title: string }>;
  value: string;
  onChange: (readingId: string) => void;
}

/** A labelled choice among the seminar's readings, or none of them in particular. */
export function ReadingSelect({ label, noneLabel, readings, value, onChange }: Props) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <select id={id} className={styles.select} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{noneLabel}</option>
        {readings.map((r) => (
          <option key={r.id} value={r.id}>
            {r.title}
          </option>
        ))}
      </select>
    </div>
  );
}
