import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Connection, LazyCursorEdge } from './connection.model';
import { decodeCursor, encodeCursor } from './cursor';

interface Keyed {
  id: string;
  createdAt: Date;
}

/**
 * One page of rows in (created_at, id) order, fetched with a keyset condition rather than OFFSET so a
 * page stays correct and cheap while rows are being added.
 */
export async function keysetPage<E extends ObjectLiteral & Keyed, T>(
  query: SelectQueryBuilder<E>,
  page: { first: number; after?: string | null },
  toNode: (entity: E) => T,
): Promise<Connection<T>> {
  const alias = query.alias;
  if (page.after) {
    const key = decodeCursor(page.after);
    query.andWhere(`(${alias}.created_at, ${alias}.id) > (:afterAt, :afterId)`, { afterAt: key.at, afterId: key.id });
  }
  const rows = await query
    .orderBy(`${alias}.created_at`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .take(page.first + 1)
    .getMany();
  return toConnection(rows, page.first, toNode);
}

/** Builds a connection from up to `first + 1` rows in cursor order (the extra row says "there is more"). */
export function toConnection<E extends Keyed, T>(rows: E[], first: number, toNode: (entity: E) => T): Connection<T> {
  const page = rows.length > first ? rows.slice(0, first) : rows;
  const last = page.at(-1);
  return {
    edges: page.map((row) => new LazyCursorEdge(toNode(row), row, cursorOf)),
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? cursorOf(last) : null },
  };
}

function cursorOf(row: Keyed): string {
  return encodeCursor({ at: row.createdAt.toISOString(), id: row.id });
}
