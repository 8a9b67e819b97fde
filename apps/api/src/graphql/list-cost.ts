import { getNamedType, getNullableType, GraphQLSchema, isEnumType, isLeafType, isListType } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/**
 * What a list field without a page size is assumed to hold when the domain bounds it no tighter: the
 * length of one page at most (`first` is 1 to 100), so asking for an unpaged list is never cheaper
 * than asking for a full page of it.
 */
export const UNPAGED_LIST_LENGTH = 100;

/**
 * Unpaged lists the domain bounds tighter, by item type: a post's reaction summaries hold at most
 * one item per reaction kind.
 */
const ITEMS_ONE_PER_ENUM_VALUE: Record<string, string> = { ReactionSummary: 'ReactionKind' };

/**
 * Prices every list field: a page (`first`) costs its size times its items' cost; an unpaged list of
 * objects costs its assumed length times its items' cost; a connection's `edges` are the page already
 * priced on the connection field; a list of scalars or enums costs 1, as a scalar does; introspection's
 * lists are priced as plain fields. Nested pages
 * multiply, so the product of the pages a query asks for is what the limit bounds.
 */
export function listCostEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const lengths = new Map<string, number>();
  for (const [item, enumName] of Object.entries(ITEMS_ONE_PER_ENUM_VALUE)) {
    const values = schema.getType(enumName);
    if (isEnumType(values)) lengths.set(item, values.getValues().length);
  }
  return ({ type, field, args, childComplexity }) => {
    const items = Math.max(childComplexity, 1);
    if (typeof args.first === 'number') return args.first * items;
    // Introspection reads the schema in memory: its lists cost what their fields do.
    if (type.name.startsWith('__') || field.name.startsWith('__')) return undefined;
    const nullable = getNullableType(field.type);
    if (!isListType(nullable)) return undefined;
    const item = getNamedType(nullable);
    if (isLeafType(item)) return 1;
    if (field.name === 'edges' && type.name.endsWith('Connection')) return items;
    return (lengths.get(item.name) ?? UNPAGED_LIST_LENGTH) * items;
  };
}
