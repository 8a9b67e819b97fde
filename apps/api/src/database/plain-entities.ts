import { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils.js';

/** Column types node-postgres already returns as the values an entity holds (no TypeORM conversion). */
const PLAIN_TYPES = new Set(['uuid', 'text', 'integer', 'int', 'real', 'boolean', 'timestamptz']);

interface PlainColumn {
  property: string;
  alias: string;
}

const layouts = new WeakMap<EntityMetadata, Map<string, PlainColumn[]>>();

/**
 * The entities a single-table query selects, built straight from the rows node-postgres returns.
 *
 * TypeORM's hydration (`getMany`) is generic: joins, relations, embedded and transformed columns,
 * per-column type conversion. For an entity of plain columns (uuid, text, integer, real,
 * timestamptz, text[]) the driver's values are already the entity's, and on the reading view
 * (5,000 annotations and 15,000 replies per request) that generic work and its garbage were a
 * measurable share of the time (bench:reading-view). The query must select the whole entity of its
 * main alias, without joins.
 */
export function plainEntities<E extends ObjectLiteral>(query: SelectQueryBuilder<E>): Promise<E[]>;
/** The same, each entity passed with its whole row (for columns the query adds with `addSelect`). */
export function plainEntities<E extends ObjectLiteral, T>(
  query: SelectQueryBuilder<E>,
  withRow: (entity: E, row: Record<string, unknown>) => T,
): Promise<T[]>;
export async function plainEntities<E extends ObjectLiteral, T>(
  query: SelectQueryBuilder<E>,
  withRow?: (entity: E, row: Record<string, unknown>) => T,
): Promise<Array<E | T>> {
  const main = query.expressionMap.mainAlias;
  if (!main?.hasMetadata || query.expressionMap.joinAttributes.length > 0) {
    throw new Error('plainEntities needs a single-entity query without joins');
  }
  const columns = layout(main.metadata, main.name, query);
  const prototype = main.metadata.target instanceof Function ? main.metadata.target.prototype : Object.prototype;
  const rows: Array<Record<string, unknown>> = await query.getRawMany();
  return rows.map((row) => {
    const entity = Object.create(prototype) as Record<string, unknown>;
    for (const column of columns) entity[column.property] = row[column.alias];
    return withRow ? withRow(entity as E, row) : (entity as E);
  });
}

function layout(metadata: EntityMetadata, alias: string, query: SelectQueryBuilder<ObjectLiteral>): PlainColumn[] {
  let byAlias = layouts.get(metadata);
  if (!byAlias) {
    byAlias = new Map();
    layouts.set(metadata, byAlias);
  }
  let columns = byAlias.get(alias);
  if (!columns) {
    columns = metadata.columns.map((column) => {
      const type = String(column.type);
      if (!PLAIN_TYPES.has(type) || column.transformer || column.embeddedMetadata) {
        throw new Error(`${metadata.name}.${column.propertyName} (${type}) is not a plain column`);
      }
      return {
        property: column.propertyName,
        // The alias TypeORM gives the column in the SELECT list (shortened when too long for the driver).
        alias: DriverUtils.buildAlias(query.dataSource.driver, undefined, alias, column.databaseName),
      };
    });
    byAlias.set(alias, columns);
  }
  return columns;
}
