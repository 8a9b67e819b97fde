import type { ReactionKind } from '../../gql/graphql';
import { Icon } from '../../ui/Icon';
import type { ReactionRecord } from './annotation-fields';
import { REACTIONS } from './annotation-labels';
import styles from './ReactionBar.module.css';

export interface ReactionBarProps {
  reactions: readonly ReactionRecord[];
  onToggle: (kind: ReactionKind, active: boolean) => void;
  /** Only the reactions someone gave (read-only summary) when not interactive. */
  interactive?: boolean;
  disabled?: boolean;
  /** Names the group, e.g. "Reactions to this reply". */
  label?: string;
}

/** Agree · Disagree · Insightful · Same question, with counts; pressed when the viewer gave it. */
export function ReactionBar({ reactions, onToggle, interactive = true, disabled = false, label = 'Reactions' }: ReactionBarProps) {
  const shown = interactive ? REACTIONS : REACTIONS.filter((r) => reactions.some((x) => x.kind === r.kind && x.count > 0));
  if (shown.length === 0) return null;
  return (
    <div className={styles.bar} role={interactive ? 'group' : undefined} aria-label={interactive ? label : undefined}>
      {shown.map(({ kind, label, icon }) => {
        const reaction = reactions.find((r) => r.kind === kind);
        const count = reaction?.count ?? 0;
        const mine = reaction?.mine ?? false;
        if (!interactive) {
          return (
            <span key={kind} className={styles.summary} data-mine={mine || undefined} title={`${label}: ${count}`}>
              <Icon name={icon} size={13} /> {count}
              <span className={styles.visuallyHidden}> {label}</span>
            </span>
          );
        }
        return (
          <button
            key={kind}
            type="button"
            className={styles.reaction}
            aria-pressed={mine}
            disabled={disabled}
            onClick={(e) => {
              e.stopPropagation();
              onToggle(kind, !mine);
            }}
            title={mine ? `You reacted: ${label}. Click to take it back.` : label}
            aria-label={`${label}, ${count}`}
          >
            <Icon name={icon} size={15} />
            {count > 0 && <span className={styles.count}>{count}</span>}
          </button>
        );
      })}
    </div>
  );
}
