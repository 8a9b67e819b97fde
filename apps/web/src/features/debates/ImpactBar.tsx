import { useState } from 'react';
import type { Claim } from './claim-fields';
import styles from './ImpactBar.module.css';

const IMPACT_WORDS = ['No impact', 'Slight', 'Moderate', 'Strong', 'Decisive'] as const;

export interface ImpactBarProps {
  votes: Claim['votes'];
  side: 'PRO' | 'CON';
  /** Null when this person may not vote here (observer, locked debate, pending claim). */
  onVote: ((impact: number | null) => Promise<void>) | null;
}

/**
 * A claim's impact (Kialo's 0–4 scale): the mean as a filled bar, the distribution as five small
 * columns, and, for those who may vote, their own rating (choosing it again takes it back).
 */
export function ImpactBar({ votes, side, onVote }: ImpactBarProps) {
  const [busy, setBusy] = useState(false);
  const peak = Math.max(1, ...votes.distribution);
  const mean = votes.mean ?? null;
  const summary =
    mean === null
      ? 'No ratings yet'
      : `Impact ${mean.toFixed(1)} of 4 from ${votes.count} ${votes.count === 1 ? 'rating' : 'ratings'}`;

  async function vote(impact: number) {
    if (!onVote || busy) return;
    setBusy(true);
    await onVote(votes.mine === impact ? null : impact);
    setBusy(false);
  }

  return (
    <div className={styles.impact} data-side={side}>
      <div
        className={styles.summary}
        title={votes.distribution.map((n, i) => `${i} (${IMPACT_WORDS[i]}): ${n}`).join('\n')}
      >
        <span className={styles.label}>Impact</span>
        <span className={styles.track} aria-hidden="true">
          <span className={styles.fill} style={{ width: `${((mean ?? 0) / 4) * 100}%` }} />
        </span>
        <span className={styles.histogram} aria-hidden="true">
          {votes.distribution.map((n, i) => (
            <span
              key={i}
              className={styles.column}
              style={{ height: `${n === 0 ? 8 : 20 + (80 * n) / peak}%` }}
              data-empty={n === 0 ? '' : undefined}
            />
          ))}
        </span>
        <span className={styles.mean}>
          <span className={styles.srOnly}>{summary}</span>
          <span aria-hidden="true">{mean === null ? '–' : mean.toFixed(1)}</span>
          <span className={styles.count} aria-hidden="true">
            {votes.count} {votes.count === 1 ? 'vote' : 'votes'}
          </span>
        </span>
      </div>
      {onVote && (
        <div className={styles.vote} role="group" aria-label="Your rating of its impact">
          {IMPACT_WORDS.map((word, impact) => (
            <button
              key={impact}
              type="button"
              className={styles.score}
              aria-pressed={votes.mine === impact}
              aria-label={`${impact}: ${word}${votes.mine === impact ? ' (your rating; choose again to take it back)' : ''}`}
              title={`${impact} · ${word}`}
              disabled={busy}
              onClick={() => void vote(impact)}
            >
              {impact}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
