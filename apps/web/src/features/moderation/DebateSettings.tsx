import { useId, useState } from 'react';
import type { DebateStatus, ModerationMode } from '../../gql/graphql';
import { formatWait } from '../posts/slow-mode';
import styles from './DebateSettings.module.css';
import { ReasonPrompt } from './ReasonPrompt';
import { DebateChange, useModerationActions } from './useModerationActions';

const SLOW_MODE_CHOICES = [0, 10, 30, 60, 120, 300, 900] as const;

export interface DebateSettingsProps {
  debate: { id: string; status: DebateStatus; moderationMode: ModerationMode; slowModeSeconds: number };
  onChanged?: () => void;
}

interface PendingChange {
  change: DebateChange;
  label: string;
  question: string;
  suggestions: string[];
  danger?: boolean;
}

/**
 * A debate's moderation settings: lock, unlock or archive it, pre-moderate new posts, slow it down.
 * Each change asks for its reason, which goes to the audit log.
 */
export function DebateSettings({ debate, onChanged }: DebateSettingsProps) {
  const id = useId();
  const actions = useModerationActions();
  const [pending, setPending] = useState<PendingChange | null>(null);
  const mode = pending?.change.action === 'SET_MODERATION_MODE' ? pending.change.moderationMode : debate.moderationMode;
  const slow = pending?.change.action === 'SET_SLOW_MODE' ? pending.change.slowModeSeconds : debate.slowModeSeconds;
  const choices = SLOW_MODE_CHOICES.includes(debate.slowModeSeconds as (typeof SLOW_MODE_CHOICES)[number])
    ? SLOW_MODE_CHOICES
    : [...SLOW_MODE_CHOICES, debate.slowModeSeconds].sort((a, b) => a - b);

  const status = (action: 'LOCK' | 'UNLOCK' | 'ARCHIVE') =>
    setPending(
      action === 'LOCK'
        ? {
            change: { action },
            label: 'Lock the debate',
            question: 'Why lock it? Nobody can add claims, vote or reply until it is unlocked.',
            suggestions: ['Cooling off', 'Session over'],
            danger: true,
          }
        : action === 'UNLOCK'
          ? {
              change: { action },
              label: 'Unlock the debate',
              question: 'Why unlock it?',
              suggestions: ['Open again for the next session'],
            }
          : {
              change: { action },
              label: 'Archive the debate',
              question: 'Why archive it? It stays readable, and closes for good.',
              suggestions: ['The seminar moved on', 'Concluded'],
              danger: true,
            },
    );

  return (
    <div className={styles.settings}>
      <div className={styles.row}>
        <span className={styles.name} id={`${id}-status`}>
          Status
        </span>
        <div className={styles.value} role="group" aria-labelledby={`${id}-status`}>
          <span className={styles.status} data-status={debate.status}>
            {debate.status === 'OPEN' ? 'Open' : debate.status === 'LOCKED' ? 'Locked' : 'Archived'}
          </span>
          {debate.status === 'OPEN' && (
            <button type="button" className={styles.button} onClick={() => status('LOCK')}>
              Lock
            </button>
          )}
          {debate.status === 'LOCKED' && (
            <button type="button" className={styles.button} onClick={() => status('UNLOCK')}>
              Unlock
            </button>
          )}
          {debate.status !== 'ARCHIVED' && (
            <button type="button" className={styles.button} onClick={() => status('ARCHIVE')}>
              Archive
            </button>
          )}
        </div>
      </div>

      <fieldset className={styles.row}>
        <legend className={styles.name}>New posts</legend>
        <div className={styles.value}>
          {(['OPEN', 'PRE_MODERATED'] as const).map((m) => (
            <label key={m} className={styles.choice} data-checked={mode === m ? '' : undefined}>
              <input
                type="radio"
                name={`${id}-mode`}
                checked={mode === m}
                onChange={() =>
                  setPending(
                    m === debate.moderationMode
                      ? null
                      : m === 'PRE_MODERATED'
                        ? {
                            change: { action: 'SET_MODERATION_MODE', moderationMode: m },
                            label: 'Turn on pre-moderation',
                            question: 'Why pre-moderate? Members’ new claims will wait for a moderator.',
                            suggestions: ['The debate is getting heated', 'Guest participants this week'],
                          }
                        : {
                            change: { action: 'SET_MODERATION_MODE', moderationMode: m },
                            label: 'Turn off pre-moderation',
                            question: 'Why publish posts at once again?',
                            suggestions: ['Calm again'],
                          },
                  )
                }
              />
              {m === 'OPEN' ? 'Published at once' : 'Pre-moderated'}
            </label>
          ))}
        </div>
      </fieldset>

      <div className={styles.row}>
        <label className={styles.name} htmlFor={`${id}-slow`}>
          Slow mode
        </label>
        <div className={styles.value}>
          <select
            id={`${id}-slow`}
            className={styles.select}
            value={slow}
            onChange={(e) => {
              const seconds = Number(e.target.value);
              setPending(
                seconds === debate.slowModeSeconds
                  ? null
                  : {
                      change: { action: 'SET_SLOW_MODE', slowModeSeconds: seconds },
                      label: seconds === 0 ? 'Turn off slow mode' : `Set slow mode to ${formatWait(seconds)}`,
                      question:
                        seconds === 0
                          ? 'Why turn slow mode off?'
                          : `Why slow it down? Each member may post one claim every ${formatWait(seconds)}.`,
                      suggestions:
                        seconds === 0 ? ['Calm again'] : ['Too many quick replies', 'Give people time to read'],
                    },
              );
            }}
          >
            {choices.map((s) => (
              <option key={s} value={s}>
                {s === 0 ? 'Off' : `One claim every ${formatWait(s)}`}
              </option>
            ))}
          </select>
        </div>
      </div>

      {pending && (
        <ReasonPrompt
          key={pending.label}
          actionLabel={pending.label}
          question={pending.question}
          suggestions={pending.suggestions}
          danger={pending.danger}
          onConfirm={(reason) => actions.moderateDebate(debate.id, pending.change, reason)}
          onCancel={() => setPending(null)}
          onDone={() => {
            setPending(null);
            onChanged?.();
          }}
        />
      )}
    </div>
  );
}
