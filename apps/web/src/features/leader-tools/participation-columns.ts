/** One member's figures, as the participation table shows them. */
export interface ParticipationRow {
  memberId: string;
  name: string;
  role: string;
  annotations: number;
  questions: number;
  repliesGiven: number;
  repliesReceived: number;
  reactionsReceived: number;
  claims: number;
  evidenceCited: number;
  votes: number;
}

export type FigureKey = Exclude<keyof ParticipationRow, 'memberId' | 'name' | 'role'>;
export type SortKey = 'name' | FigureKey;

/** The counted columns, in the table's order, with their headings. */
export const FIGURE_COLUMNS: ReadonlyArray<{ key: FigureKey; label: string }> = [
  { key: 'annotations', label: 'Annotations' },
  { key: 'questions', label: 'Questions' },
  { key: 'repliesGiven', label: 'Replies given' },
  { key: 'repliesReceived', label: 'Replies received' },
  { key: 'reactionsReceived', label: 'Reactions received' },
  { key: 'claims', label: 'Claims' },
  { key: 'evidenceCited', label: 'Evidence cited' },
  { key: 'votes', label: 'Votes' },
];

export interface SortOrder {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

/** Rows in the chosen order; ties (and names) fall back to the name, so the order is stable. */
export function sortRows(rows: readonly ParticipationRow[], order: SortOrder): ParticipationRow[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  const byName = (a: ParticipationRow, b: ParticipationRow) => a.name.localeCompare(b.name) || a.memberId.localeCompare(b.memberId);
  return [...rows].sort((a, b) => {
    if (order.key === 'name') return sign * byName(a, b);
    return sign * (a[order.key] - b[order.key]) || byName(a, b);
  });
}

/** A click on a column's sort button: the same column flips; another starts with most first (names A–Z). */
export function nextOrder(current: SortOrder, key: SortKey): SortOrder {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'name' ? 'ascending' : 'descending' };
}
