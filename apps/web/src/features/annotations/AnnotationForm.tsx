import { FormEvent, useId } from 'react';
import type { HighlightColor, Motivation, Visibility } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { Notice } from '../../ui/Notice';
import { MOTIVATIONS } from './annotation-labels';
import styles from './AnnotationForm.module.css';
import { ColorPicker } from './ColorPicker';
import { MentionTextarea } from '../threads/MentionTextarea';
import { TagInput } from './TagInput';
import type { SeminarMember } from './useSeminarMembers';
import { VisibilityToggle } from './VisibilityToggle';

export interface AnnotationFormValue {
  motivation: Motivation;
  body: string;
  tags: string[];
  color: HighlightColor;
  visibility: Visibility;
}

export interface AnnotationFormProps {
  value: AnnotationFormValue;
  onChange: (value: AnnotationFormValue) => void;
  onSubmit: () => void;
  onCancel: () => void;
  submitLabel: string;
  busy: boolean;
  error: string | null;
  members: readonly SeminarMember[];
  tagSuggestions: readonly string[];
  autoFocus?: boolean;
}

/** What an annotation says and how it shows: kind, text (with @mentions), tags, colour, who sees it. */
export function AnnotationForm({ value, onChange, onSubmit, onCancel, submitLabel, busy, error, members, tagSuggestions, autoFocus }: AnnotationFormProps) {
  const groupId = useId();
  const set = (patch: Partial<AnnotationFormValue>) => onChange({ ...value, ...patch });
  const isHighlight = value.motivation === 'highlighting';

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form className={styles.form} onSubmit={handleSubmit} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onCancel())}>
      <div role="radiogroup" aria-label="Kind of annotation" className={styles.kinds}>
        {MOTIVATIONS.map((m) => (
          <label key={m.value} className={styles.kind}>
            <input type="radio" name={groupId} value={m.value} checked={value.motivation === m.value} onChange={() => set({ motivation: m.value, body: m.value === 'highlighting' ? '' : value.body })} />
            <span>
              <Icon name={m.icon} size={14} />
              {m.label}
            </span>
          </label>
        ))}
      </div>
      {isHighlight ? (
        <p className={styles.note}>A highlight marks the words without text. Add tags to find it again.</p>
      ) : (
        <MentionTextarea
          value={value.body}
          onChange={(body) => set({ body })}
          members={members}
          label={value.motivation === 'questioning' ? 'Your question' : 'Your comment'}
          placeholder={value.motivation === 'questioning' ? 'What do you want to ask? (@ to mention)' : 'Add a comment… (Markdown, @ to mention)'}
          onSubmit={onSubmit}
          onCancel={onCancel}
          autoFocus={autoFocus}
        />
      )}
      <TagInput tags={value.tags} onChange={(tags) => set({ tags })} suggestions={tagSuggestions} />
      <div className={styles.options}>
        <ColorPicker value={value.color} onChange={(color) => set({ color })} label="Highlight colour" />
        <VisibilityToggle value={value.visibility} onChange={(visibility) => set({ visibility })} />
      </div>
      {error && <Notice tone="error">{error}</Notice>}
      <div className={styles.actions}>
        <span className={styles.hint} aria-hidden="true">
          Ctrl+Enter
        </span>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" busy={busy} busyLabel="Saving…">
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
