import type { ReactionKind } from '../../gql/graphql';
import { Icon, IconName } from '../../ui/Icon';
import styles from './ReactionBar.module.css';

/** A reaction as the API counts it on an annotation or a reply. */
export interface Reaction {
  kind: ReactionKind;
  count: number;
  /** The viewer gave it. */
  mine: boolean;
}

/** The reactions, drawn as icons (an emoji font is not on every reader's machine). */
export const REACTIONS: ReadonlyArray<{ kind: ReactionKind; label: string; icon: IconName }> = [
  { kind: 'AGREE', label: 'Agree', icon: 'agree' },
  { kind: 'DISAGREE', label: 'Disagree', icon: 'disagree' },
  { kind: 'INSIGHTFUL', label: 'Insightful', icon: 'insightful' },
  { kind: 'SAME_QUESTION', label: 'Same question', icon: 'sameQuestion' },
];

export interface ReactionBarProps {
  reactions: readonly Reaction[];
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
