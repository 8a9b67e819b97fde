/** What both a DataSource and a transaction's manager offer: raw statements. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export async function rows<T>(db: Queryable, sql: string, parameters?: unknown[]): Promise<T[]> {
  return (await db.query(sql, parameters)) as T[];
}
