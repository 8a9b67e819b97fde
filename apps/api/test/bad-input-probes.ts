import { randomUUID } from 'node:crypto';
import {
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';

/** Real ids of one seminar's content, so a probe gets past "not found" to the value it tests. */
export interface ProbeFixture {
  ids: Record<string, string>;
  strings: Record<string, string>;
}

/** One request: an operation on one root field, with one argument value made bad. */
export interface Probe {
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

type Path = Array<string | number>;

const MISSING = Symbol('missing');

const HUGE_STRING_CHARS = 1_000_000;

/** A megabyte of distinct words: as long as a reading may be, and too many lexemes for a tsvector. */
const huge = (() => {
  const words: string[] = [];
  let length = 0;
  for (let i = 0; length < HUGE_STRING_CHARS; i++) {
    const word = `w${i.toString(36)}`;
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ');
})();

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Cursors that decode (base64, JSON) but are not ones the API issued, and some that do not decode. */
export const FORGED_CURSORS: unknown[] = [
  b64(['x', 'y']),
  b64(['1', 'not-a-uuid']),
  b64(['2026-01-01T00:00:00.000Z', 'not-a-uuid']),
  b64(['99999-01-01T00:00:00Z', randomUUID()]),
  b64(['1', randomUUID()]),
  b64([1, 2]),
  b64({ at: 'now' }),
  b64('null'),
  b64('[]'),
  b64(['s', 1e308, 'ANNOTATION', randomUUID()]),
  b64(['s', 1, 'ANNOTATION', 'not-a-uuid']),
  b64(['p', 1.5, randomUUID()]),
  b64(['p', 2 ** 53, 'not-a-uuid']),
  b64('\u0000'),
  '!!!not base64!!!',
  '',
  'x'.repeat(199),
];

const ODD_STRINGS: unknown[] = [
  '',
  ' ',
  'a\u0000b',
  '\u202Eevil\u200F',
  '\uD800',
  'x\uDFFFy',
  '\u0301\uFEFF\u200B',
  '👩🏽‍🔬',
  `%_\\'"; DROP TABLE users; --`,
  huge,
];

const BAD_IDS: unknown[] = [
  randomUUID(),
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  '',
  `${randomUUID()}\u0000`,
  '\uD800',
  12345,
  'x'.repeat(10_000),
];

const INT_OUT_OF_RANGE: unknown[] = [2 ** 31, -(2 ** 31) - 1, 2 ** 31 - 1, -(2 ** 31), -1, 0, 1e15];

/** Values of the wrong kind for a named input type; out-of-range and odd values for its own kind. */
function badValues(type: GraphQLNamedType, name: string): unknown[] {
  const wrong = [true, { x: 1 }, 1.5, [[]]];
  if (isInputObjectType(type)) return ['text', 1, true, [], { unknownField: 1 }];
  if (isEnumType(type)) return ['NOT_A_VALUE', type.getValues()[0].value.toLowerCase(), 1, ...wrong];
  switch (type.name) {
    case 'Int':
      return ['12', ...wrong, ...INT_OUT_OF_RANGE];
    case 'Float':
      return ['12', true, { x: 1 }, 1e308, -1e308];
    case 'Boolean':
      return ['true', 1, { x: 1 }];
    case 'ID':
      return [true, { x: 1 }, 1.5, ...BAD_IDS];
    case 'DateTime':
      return ['yesterday', '2026-13-45T99:00:00Z', '-271821-04-20T00:00:00Z', 1e20, true, ''];
    case 'String':
      return [...wrong, 12, ...(/^(after|before)$/.test(name) ? FORGED_CURSORS : ODD_STRINGS)];
    default:
      return ['text', ...wrong];
  }
}

/**
 * A plausible value for an input type, taking real ids and formatted strings by the field's name
 * (an id argument first by `rootField.name`, as in `annotation.id`).
 */
function validValue(type: GraphQLInputType, name: string, fixture: ProbeFixture, scope: string): unknown {
  if (isNonNullType(type)) return validValue(type.ofType, name, fixture, scope);
  if (isListType(type)) return [validValue(type.ofType, name.replace(/Ids$/, 'Id'), fixture, scope)];
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) {
        value[field.name] = validValue(field.type, field.name, fixture, scope);
      }
    }
    return value;
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  switch (type.name) {
    case 'ID':
      return fixture.ids[`${scope}.${name}`] ?? fixture.ids[name] ?? randomUUID();
    case 'String':
      return fixture.strings[name] ?? 'probe text';
    case 'Int':
      return name === 'end' ? 5 : name === 'first' ? 5 : name === 'revisionNumber' ? 1 : 0;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      return new Date().toISOString();
    default:
      return 'text';
  }
}

/** Every argument and input field below a root field's arguments, with its type and name. */
function leaves(type: GraphQLInputType, path: Path, name: string, depth = 0): Array<{ path: Path; type: GraphQLInputType; name: string }> {
  const found = [{ path, type, name }];
  if (depth > 4) return found;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) found.push(...leaves(inner.ofType, [...path, 0], name, depth + 1));
  else if (isInputObjectType(inner)) {
    for (const field of Object.values(inner.getFields())) {
      found.push(...leaves(field.type, [...path, field.name], field.name, depth + 1));
    }
  }
  return found;
}

/** The baseline with the value at `path` replaced (or removed), building any missing parents. */
function withValueAt(
  base: Record<string, unknown>,
  path: Path,
  value: unknown,
  types: GraphQLInputType[],
  fixture: ProbeFixture,
  scope: string,
): Record<string, unknown> {
  const root = structuredClone(base);
  let node: Record<string | number, unknown> = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    if (node[key] === undefined || node[key] === null) {
      node[key] = validValue(types[i], typeof key === 'string' ? key : String(path[i - 1]), fixture, scope);
    }
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (value === MISSING) delete node[last];
  else node[last] = value;
  return root;
}

/** The input types from the top of `path` down to its parent, for building missing parents. */
function typesAlong(top: GraphQLInputType, path: Path): GraphQLInputType[] {
  const types: GraphQLInputType[] = [top];
  let type = top;
  for (const key of path.slice(1, -1)) {
    const inner = isNonNullType(type) ? type.ofType : type;
    type = isListType(inner)
      ? inner.ofType
      : isInputObjectType(inner)
        ? inner.getFields()[String(key)].type
        : inner;
    types.push(type);
  }
  return types;
}

/** An operation on one root field, its arguments bound to variables typed exactly as the schema types them. */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind} Probe(${defs}) { ${field.name}(${args})${selection} }`;
}

/**
 * The probes for every query and mutation of the schema (as introspection describes it): for each
 * argument and input field at any depth, a required one missing and null, values of the wrong type,
 * numbers out of range, unknown and malformed ids, huge and odd strings and forged cursors; every
 * other argument keeps a plausible value.
 */
export function badInputProbes(schema: GraphQLSchema, fixture: ProbeFixture): Probe[] {
  const probes: Probe[] = [];
  for (const kind of ['query', 'mutation'] as const) {
    const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (field.args.length === 0) continue;
      const query = operationFor(kind, field);
      const base: Record<string, unknown> = {};
      for (const arg of field.args) {
        // Optional arguments stay out of the baseline (an `after` left out is the first page).
        if (isNonNullType(arg.type)) base[arg.name] = validValue(arg.type, arg.name, fixture, field.name);
      }
      for (const arg of field.args) {
        for (const leaf of leaves(arg.type, [arg.name], arg.name)) {
          const values = [...badValues(getNamedType(leaf.type), leaf.name)];
          if (isNonNullType(leaf.type)) values.unshift(MISSING, null);
          const types = typesAlong(arg.type, leaf.path);
          for (const value of values) {
            probes.push({
              label: `${field.name} ${leaf.path.join('.')} = ${describe(value)}`,
              query,
              variables: withValueAt(base, leaf.path, value, types, fixture, field.name),
            });
          }
        }
      }
    }
  }
  return probes;
}

function describe(value: unknown): string {
  if (value === MISSING) return '(missing)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…(${text.length})` : text;
}
