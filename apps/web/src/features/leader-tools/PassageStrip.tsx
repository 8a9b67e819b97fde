import type { PassageActivity } from './useDiscussionMap';
import styles from './DiscussionMap.module.css';
import { passageSummary } from './passage-labels';

const HEIGHT = 28;

/**
 * The reading as a strip, one cell per passage in reading order. Each cell draws three bars side
 * by side — annotations (solid), questions (striped), disagreement (outlined) — scaled to the
 * reading's largest of each; the legend says which is which, so position and pattern tell them
 * apart, not colour alone. Every cell is a button whose name says all its counts in words.
 */
export function PassageStrip({ passages, onPick }: { passages: PassageActivity[]; onPick: (p: PassageActivity) => void }) {
  const max = {
    annotations: Math.max(1, ...passages.map((p) => p.annotations)),
    questions: Math.max(1, ...passages.map((p) => p.questions)),
    disagreement: Math.max(1, ...passages.map((p) => p.disagreement)),
  };
  const bar = (value: number, top: number) => Math.round((HEIGHT * value) / top);
  return (
    <div>
      <p className={styles.legend} aria-hidden="true">
        <svg width="60" height="14" viewBox="0 0 60 14" focusable="false">
          <rect x="0" y="2" width="8" height="12" className={styles.annotations} />
          <rect x="20" y="2" width="8" height="12" className={styles.questions} />
          <rect x="40.5" y="2.5" width="7" height="11" className={styles.disagreement} />
        </svg>
        Left bar: annotations · middle, striped: questions · right, outlined: disagreement
      </p>
      <ol className={styles.strip} aria-label="Passages in reading order" data-testid="discussion-strip">
        {passages.map((p) => (
          <li key={p.index}>
            <button type="button" className={styles.cell} aria-label={passageSummary(p)} title={passageSummary(p)} onClick={() => onPick(p)}>
              <svg width="22" height={HEIGHT} viewBox={`0 0 22 ${HEIGHT}`} aria-hidden="true" focusable="false">
                <rect x="1" y={HEIGHT - bar(p.annotations, max.annotations)} width="5" height={bar(p.annotations, max.annotations)} className={styles.annotations} />
                <rect x="8.5" y={HEIGHT - bar(p.questions, max.questions)} width="5" height={bar(p.questions, max.questions)} className={styles.questions} />
                {p.disagreement > 0 && (
                  <rect x="16.5" y={HEIGHT - bar(p.disagreement, max.disagreement) + 0.5} width="4" height={Math.max(1, bar(p.disagreement, max.disagreement) - 1)} className={styles.disagreement} />
                )}
              </svg>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
