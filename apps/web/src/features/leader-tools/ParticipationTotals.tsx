import { FIGURE_COLUMNS, ParticipationRow } from './participation-columns';
import styles from './Participation.module.css';

const ROW = 22;
const LABEL = 150;
const WIDTH = 420;

/** The class's totals per measure as a plain SVG bar chart; each bar is labelled with its number. */
export function ParticipationTotals({ rows }: { rows: readonly ParticipationRow[] }) {
  const totals = FIGURE_COLUMNS.map((c) => ({ ...c, total: rows.reduce((sum, r) => sum + r[c.key], 0) }));
  const max = Math.max(1, ...totals.map((t) => t.total));
  const barSpace = WIDTH - LABEL - 50;
  const summary = totals.map((t) => `${t.label}: ${t.total}`).join(', ');
  return (
    <figure className={styles.totals}>
      <svg role="img" aria-label={`Totals. ${summary}.`} width={WIDTH} height={totals.length * ROW} viewBox={`0 0 ${WIDTH} ${totals.length * ROW}`}>
        {totals.map((t, i) => (
          <g key={t.key} transform={`translate(0 ${i * ROW})`}>
            <text x={LABEL - 8} y={ROW / 2 + 4} textAnchor="end" className={styles.chartLabel}>
              {t.label}
            </text>
            <rect x={LABEL} y={4} width={(barSpace * t.total) / max} height={ROW - 8} className={styles.barFill} />
            <text x={LABEL + (barSpace * t.total) / max + 6} y={ROW / 2 + 4} className={styles.chartLabel}>
              {t.total}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className={styles.caption}>Totals for the members shown</figcaption>
    </figure>
  );
}
