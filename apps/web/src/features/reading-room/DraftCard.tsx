import { useRef, useState } from 'react';
import type { CodePointIndex } from '@glossa/anchoring';
import type { HighlightColor, Motivation, Visibility } from '../../gql/graphql';
import { newClientId } from '../../graphql/client-id';
import { AnnotationForm, AnnotationFormValue } from '../annotations/AnnotationForm';
import { motivationLabel } from '../annotations/annotation-labels';
import { useAnnotationView } from '../annotations/annotation-view-context';
import { useAnnotationActions } from '../annotations/useAnnotationActions';
import cardStyles from '../annotations/AnnotationCard.module.css';
import styles from './DraftCard.module.css';
import { textTarget } from './highlight-ranges';
import type { TextSpan } from './selection-offsets';

export interface Draft {
  span: TextSpan;
  motivation: Motivation;
  color: HighlightColor;
  visibility: Visibility;
}

export interface DraftCardProps {
  draft: Draft;
  readingId: string;
  revisionNumber: number;
  text: string;
  index: CodePointIndex;
  onCancel: () => void;
  onCreated: (annotationId: string) => void;
}

/**
 * The new annotation being written, in the sidebar beside its passage (as Google Docs opens a new
 * comment). The selection is sent as W3C positions in code points of the shown revision, with the
 * exact words; one clientId per draft makes a retried post return the first annotation.
 */
export function DraftCard({ draft, readingId, revisionNumber, text, index, onCancel, onCreated }: DraftCardProps) {
  const { members, tagSuggestions } = useAnnotationView();
  const actions = useAnnotationActions();
  const clientId = useRef(newClientId());
  const [value, setValue] = useState<AnnotationFormValue>({ motivation: draft.motivation, body: '', tags: [], color: draft.color, visibility: draft.visibility });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const exact = text.slice(draft.span.start, draft.span.end);

  async function submit() {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await actions.create({
      readingId,
      revisionNumber,
      target: textTarget(draft.span, text, index),
      clientId: clientId.current,
      ...value,
      body: value.motivation === 'highlighting' ? '' : value.body,
    });
    setBusy(false);
    if (result.ok) onCreated(result.value.id);
    else setError(result.error);
  }

  return (
    <section className={`${cardStyles.card} ${styles.draft}`} data-color={value.color} data-active="" aria-label={`New ${motivationLabel(value.motivation).toLowerCase()}`} data-keeps-selection="">
      <h3 className={styles.title}>New {motivationLabel(value.motivation).toLowerCase()}</h3>
      <blockquote className={cardStyles.quote}>
        <span className={cardStyles.quoteText}>{exact}</span>
      </blockquote>
      <div className={styles.form}>
        <AnnotationForm
          value={value}
          onChange={setValue}
          onSubmit={() => void submit()}
          onCancel={onCancel}
          submitLabel={value.motivation === 'highlighting' ? 'Highlight' : 'Post'}
          busy={busy}
          error={error}
          members={members}
          tagSuggestions={tagSuggestions}
          autoFocus
        />
      </div>
    </section>
  );
}
