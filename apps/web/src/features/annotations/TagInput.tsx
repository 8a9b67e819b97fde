import { KeyboardEvent, useId, useState } from 'react';
import styles from './TagInput.module.css';

export interface TagInputProps {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  /** Tags already used in this reading, offered as the person types. */
  suggestions?: readonly string[];
}

/** Tags as the API stores them: lower case, no leading #, one word or dashed-phrase each. */
export function normaliseTag(raw: string): string {
  return raw.trim().replace(/^#+/, '').toLowerCase().replace(/\s+/g, '-').replace(/,/g, '');
}

/** Tags as removable chips; Enter, comma or space adds the one typed, Backspace on empty removes the last. */
export function TagInput({ tags, onChange, suggestions = [] }: TagInputProps) {
  const [draft, setDraft] = useState('');
  const id = useId();
  const add = (raw: string) => {
    const tag = normaliseTag(raw);
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
    setDraft('');
  };
  function handleKey(event: KeyboardEvent<HTMLInputElement>) {
    if ((event.key === 'Enter' || event.key === ',' || event.key === ' ') && draft.trim()) {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && !draft && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  }
  const offered = suggestions.filter((s) => !tags.includes(s) && (!draft || s.startsWith(normaliseTag(draft)))).slice(0, 5);
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        Tags
      </label>
      <div className={styles.box}>
        {tags.map((tag) => (
          <span key={tag} className={styles.chip}>
            #{tag}
            <button type="button" onClick={() => onChange(tags.filter((t) => t !== tag))} aria-label={`Remove tag ${tag}`}>
              ×
            </button>
          </span>
        ))}
        <input
          id={id}
          className={styles.input}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={handleKey}
          onBlur={() => draft.trim() && add(draft)}
          placeholder={tags.length ? '' : 'e.g. sovereignty'}
          list={offered.length ? `${id}-suggestions` : undefined}
        />
        {offered.length > 0 && (
          <datalist id={`${id}-suggestions`}>
            {offered.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        )}
      </div>
    </div>
  );
}
