import { useState } from 'react';
import type { Moderation, ModerationSubject, PostAction } from '../../gql/graphql';
import type { ActionResult } from '../../graphql/action-result';
import { Icon } from '../../ui/Icon';
import styles from './PostModerationActions.module.css';
import { postActionsFor, postActionSpec } from './post-actions';
import { ReasonPrompt } from './ReasonPrompt';
import { useModerationActions } from './useModerationActions';

/** An action offered beside the post actions (the desk's "dismiss flag"), asking for a reason too. */
export interface ExtraModerationAction {
  key: string;
  label: string;
  question: string;
  suggestions: readonly string[];
  run: (reason: string) => Promise<ActionResult>;
}

export interface PostModerationActionsProps {
  subjectType: ModerationSubject;
  subjectId: string;
  moderation: Moderation;
  pinned?: boolean;
  /** Called after an action (or a conflict): reload the post's state. */
  onChanged?: () => void;
  extra?: readonly ExtraModerationAction[];
  compact?: boolean;
}

interface Chosen {
  key: string;
  label: string;
  question: string;
  suggestions: readonly string[];
  danger?: boolean;
  run: (reason: string) => Promise<ActionResult>;
}

/** A moderator's one-click actions on a post, each asking for its reason first. */
export function PostModerationActions({
  subjectType,
  subjectId,
  moderation,
  pinned,
  onChanged,
  extra = [],
  compact,
}: PostModerationActionsProps) {
  const actions = useModerationActions();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const { main, more } = postActionsFor(subjectType, { moderation, pinned });

  const choose = (next: Chosen) => setChosen(chosen?.key === next.key ? null : next);
  const postChoice = (action: PostAction): Chosen => {
    const spec = postActionSpec(action);
    return {
      key: action,
      label: spec.label,
      question: spec.question,
      suggestions: spec.suggestions,
      danger: spec.danger,
      run: (reason) => actions.moderatePost({ subjectType, subjectId }, action, reason),
    };
  };
  const button = (choice: Chosen) => (
    <button
      key={choice.key}
      type="button"
      className={styles.action}
      data-action={choice.key}
      data-danger={choice.danger ? '' : undefined}
      aria-expanded={chosen?.key === choice.key}
      onClick={() => choose(choice)}
    >
      {choice.label}
    </button>
  );

  return (
    <div className={styles.wrap} data-compact={compact ? '' : undefined}>
      <div className={styles.row} role="group" aria-label="Moderate">
        <span className={styles.label} aria-hidden="true">
          <Icon name="shield" size={14} strokeWidth={1.7} /> Moderate
        </span>
        {main.map((a) => button(postChoice(a)))}
        {extra.map((x) => button({ ...x }))}
        {more.length > 0 && (
          <details className={styles.more}>
            <summary className={styles.action}>More</summary>
            <div className={styles.menu}>{more.map((a) => button(postChoice(a)))}</div>
          </details>
        )}
      </div>
      {chosen && (
        <ReasonPrompt
          key={chosen.key}
          actionLabel={chosen.label}
          question={chosen.question}
          suggestions={chosen.suggestions}
          danger={chosen.danger}
          onConfirm={chosen.run}
          onCancel={() => setChosen(null)}
          onDone={() => {
            setChosen(null);
            onChanged?.();
          }}
        />
      )}
    </div>
  );
}
