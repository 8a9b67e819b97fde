import { useState } from 'react';
import type { AnnotationRecord } from './annotation-fields';
import { AnnotationForm, AnnotationFormValue } from './AnnotationForm';
import { useAnnotationView } from './annotation-view-context';
import { useAnnotationActions } from './useAnnotationActions';

/** Edits one's own annotation in its card: text, tags, colour, kind, who sees it. */
export function AnnotationEditor({ annotation, onDone }: { annotation: AnnotationRecord; onDone: () => void }) {
  const { members, tagSuggestions } = useAnnotationView();
  const actions = useAnnotationActions();
  const [value, setValue] = useState<AnnotationFormValue>({
    motivation: annotation.motivation,
    body: annotation.body,
    tags: [...annotation.tags],
    color: annotation.color,
    visibility: annotation.visibility,
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    setBusy(true);
    setError(null);
    const result = await actions.update({ annotationId: annotation.id, ...value });
    setBusy(false);
    if (result.ok) onDone();
    else setError(result.error);
  }

  return (
    <AnnotationForm
      value={value}
      onChange={setValue}
      onSubmit={() => void save()}
      onCancel={onDone}
      submitLabel="Save"
      busy={busy}
      error={error}
      members={members}
      tagSuggestions={tagSuggestions}
      autoFocus
    />
  );
}
