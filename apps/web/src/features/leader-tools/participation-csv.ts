import { FIGURE_COLUMNS, ParticipationRow } from './participation-columns';

/**
 * A cell that a spreadsheet would read as a formula (starting with = + - @, or a tab or carriage
 * return that some strip first) gets a leading apostrophe (OWASP, CSV injection); then RFC 4180
 * quoting.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The table as CSV: a header line, then one line per member, CRLF line ends (RFC 4180). */
export function participationCsv(rows: readonly ParticipationRow[]): string {
  const header = ['Member', 'Role', ...FIGURE_COLUMNS.map((c) => c.label)];
  const lines = rows.map((row) => [row.name, row.role, ...FIGURE_COLUMNS.map((c) => row[c.key])]);
  return [header, ...lines].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
