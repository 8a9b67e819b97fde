import styles from './ReasonPicker.module.css';

interface ReasonPickerProps {
  /** Prefix of the input's id, so the label and the form can point at it. */
  id: string;
  question: string;
  /** Common reasons offered as one-click chips; the person can still write their own. */
  suggestions: readonly string[];
  value: string;
  onChange: (reason: string) => void;
  placeholder: string;
  /** Flags use the warning colour, moderation actions the accent. */
  tone: 'accent' | 'danger';
  autoFocus?: boolean;
}

/** Asks why: a question, suggested reasons and a free-text field (3–500 characters). */
export function ReasonPicker({ id, question, suggestions, value, onChange, placeholder, tone, autoFocus }: ReasonPickerProps) {
  return (
    <>
      <label htmlFor={`${id}-reason`} className={styles.question}>
        {question}
      </label>
      {suggestions.length > 0 && (
        <div className={styles.chips} role="group" aria-label="Common reasons">
          {suggestions.map((s) => (
            <button
              key={s}
              type="button"
              className={`${styles.chip} ${styles[tone]}`}
              aria-pressed={value === s}
              onClick={() => onChange(s)}
            >
              {s}
            </button>
          ))}
        </div>
      )}
      <input
        id={`${id}-reason`}
        className={styles.field}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        minLength={3}
        maxLength={500}
        required
        autoFocus={autoFocus}
      />
    </>
  );
}
