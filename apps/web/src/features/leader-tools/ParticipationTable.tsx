import { Fragment, useMemo, useState } from 'react';
import { FIGURE_COLUMNS, nextOrder, ParticipationRow, SortKey, SortOrder, sortRows } from './participation-columns';
import styles from './Participation.module.css';

/**
 * The figures, one row per member, sortable by every column: each heading is a button (keyboard
 * reachable) and the sorted column carries `aria-sort`. Each count has a small bar scaled to its
 * column's largest; the number is always written, so the bar is never the only carrier.
 */
export function ParticipationTable({ rows, caption }: { rows: readonly ParticipationRow[]; caption: string }) {
  const [order, setOrder] = useState<SortOrder>({ key: 'name', direction: 'ascending' });
  const sorted = useMemo(() => sortRows(rows, order), [rows, order]);
  const max = useMemo(
    () => Object.fromEntries(FIGURE_COLUMNS.map((c) => [c.key, Math.max(0, ...rows.map((r) => r[c.key]))])),
    [rows],
  );

  const heading = (key: SortKey, label: string) => {
    const sortedHere = order.key === key;
    return (
      <th scope="col" aria-sort={sortedHere ? order.direction : 'none'} className={key === 'name' ? undefined : styles.numeric}>
        <button type="button" className={styles.sort} onClick={() => setOrder(nextOrder(order, key))}>
          {label}
          <span aria-hidden="true" className={styles.arrow}>
            {sortedHere ? (order.direction === 'ascending' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid="participation-table">
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {heading('name', 'Member')}
            {FIGURE_COLUMNS.map((c) => (
              <Fragment key={c.key}>{heading(c.key, c.label)}</Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.memberId}>
              <th scope="row" className={styles.member}>
                {row.name} <span className={styles.role}>{row.role.toLowerCase()}</span>
              </th>
              {FIGURE_COLUMNS.map((c) => (
                <td key={c.key} className={styles.numeric}>
                  <span className={styles.count}>{row[c.key]}</span>
                  <svg className={styles.bar} width="48" height="8" viewBox="0 0 48 8" aria-hidden="true" focusable="false">
                    <rect x="0" y="0" width="48" height="8" className={styles.barTrack} />
                    <rect x="0" y="0" width={max[c.key] > 0 ? (48 * row[c.key]) / max[c.key] : 0} height="8" className={styles.barFill} />
                  </svg>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
