import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';

/**
 * A DataLoader answering "how many rows of `table` have `column` = key" for many keys in one
 * GROUP BY query, optionally only rows meeting `condition`. Table, column and condition are SQL
 * written in code, never user input.
 */
export function countLoader(
  dataSource: DataSource,
  table: string,
  column: string,
  condition = 'true',
): DataLoader<string, number> {
  return new DataLoader<string, number>(async (keys) => {
    const rows: Array<{ key: string; count: string }> = await dataSource.query(
      `SELECT ${column} AS key, count(*) AS count FROM ${table} WHERE ${column} = ANY($1) AND ${condition} GROUP BY ${column}`,
      [keys],
    );
    const counts = new Map(rows.map((r) => [r.key, Number(r.count)]));
    return keys.map((key) => counts.get(key) ?? 0);
  });
}
