import { z } from 'zod';
import { Motivation, Visibility } from '../annotations/annotation-kinds';
import { BadUserInputError } from '../errors/glossa-error';
import {
  ExchangeAnnotation,
  ExchangeDocument,
  ExchangePerson,
  ExchangeProblem,
  ExchangeReading,
  ExchangeReply,
} from './exchange-document';
import { MOTIVATIONS, readColor, readDate } from './exchange-values';
import { glossaIri, isUuid } from './glossa-iri';
import { GLOSSA_AUTHORITY } from './hypothesis.renderer';

const selectorSchema = z.object({
  type: z.string(),
  exact: z.string().optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});

const rowSchema = z.object({
  id: z.string().min(1).max(2000),
  created: z.string().optional(),
  updated: z.string().optional(),
  user: z.string().optional(),
  user_info: z.object({ display_name: z.string().nullable().optional() }).nullable().optional(),
  uri: z.string().optional(),
  text: z.string().nullable().optional(),
  tags: z.array(z.string()).nullable().optional(),
  permissions: z.object({ read: z.array(z.string()).optional() }).optional(),
  target: z
    .array(
      z.object({
        source: z.string().optional(),
        selector: z.array(z.union([selectorSchema, z.looseObject({ type: z.string() })])).optional(),
      }),
    )
    .optional(),
  document: z
    .object({ title: z.array(z.string()).optional() })
    .nullable()
    .optional(),
  references: z.array(z.string()).optional(),
  glossa: z
    .object({
      motivation: z.string().optional(),
      color: z.string().optional(),
      deleted: z.string().optional(),
      via: z.string().optional(),
    })
    .optional(),
});

type HypothesisRow = z.infer<typeof rowSchema>;

/**
 * Reads Hypothesis API JSON: a search response (`{ rows }`) or a list of rows. Highlights are rows
 * without text; replies are rows with `references` (root first, direct parent last). Hypothesis
 * ids are opaque, so they are namespaced (`hypothesis:<id>`), except the UUIDs of Glossa's own
 * exports, which become Glossa IRIs again (an export read back in either format is the same).
 */
export function parseHypothesis(json: unknown): ExchangeDocument {
  const list = Array.isArray(json)
    ? json
    : typeof json === 'object' && json !== null && Array.isArray((json as { rows?: unknown }).rows)
      ? (json as { rows: unknown[] }).rows
      : null;
  if (list === null)
    throw new BadUserInputError('This is not Hypothesis API JSON (an object with `rows`, or a list of rows).');
  const problems: ExchangeProblem[] = [];
  const annotations: ExchangeAnnotation[] = [];
  const replies: ExchangeReply[] = [];
  const readings = new Map<string, ExchangeReading>();
  for (const item of list) {
    const parsed = rowSchema.safeParse(item);
    if (!parsed.success) {
      const id = (item as { id?: unknown } | null)?.id;
      problems.push({ id: typeof id === 'string' ? id : null, reason: 'not a readable Hypothesis annotation' });
      continue;
    }
    const row = parsed.data;
    const read = readRow(row);
    if ('reason' in read) {
      problems.push(read);
      continue;
    }
    if ('inReplyTo' in read) {
      replies.push(read);
      continue;
    }
    annotations.push(read);
    if (!readings.has(read.readingIri))
      readings.set(read.readingIri, {
        iri: read.readingIri,
        title: row.document?.title?.[0] ?? null,
        author: null,
        source: null,
      });
  }
  return { title: null, readings: [...readings.values()], annotations, replies, problems };
}

function readRow(row: HypothesisRow): ExchangeAnnotation | ExchangeReply | ExchangeProblem {
  const references = row.references ?? [];
  const isReply = references.length > 0;
  const deleted = readDate(row.glossa?.deleted);
  const created = readDate(row.created);
  const updated = readDate(row.updated);
  const post = {
    id: sourceId(row.id, isReply ? 'reply' : 'annotation'),
    via: row.glossa?.via ?? null,
    body: (row.text ?? '').trim(),
    creator: person(row),
    created,
    modified: updated && created && updated.getTime() > created.getTime() ? updated : null,
    deleted,
  };
  if (isReply) {
    const parent = references[references.length - 1];
    return { ...post, inReplyTo: sourceId(parent, references.length === 1 ? 'annotation' : 'reply') };
  }
  const target = row.target?.[0];
  const readingIri = target?.source ?? row.uri;
  if (!readingIri) return { id: post.id, reason: 'no uri: which document does it annotate?' };
  const selectors = (target?.selector ?? []) as Array<z.infer<typeof selectorSchema>>;
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector' && typeof s.exact === 'string');
  const position = selectors.find(
    (s) => s.type === 'TextPositionSelector' && typeof s.start === 'number' && typeof s.end === 'number',
  );
  const declared = row.glossa?.motivation;
  const readers = row.permissions?.read ?? [];
  return {
    ...post,
    readingIri,
    motivation:
      declared && MOTIVATIONS.has(declared)
        ? (declared as Motivation)
        : post.body
          ? Motivation.commenting
          : Motivation.highlighting,
    tags: row.tags ?? [],
    color: readColor(row.glossa?.color),
    // Hypothesis marks "only me" by letting only the user read it.
    visibility:
      readers.length > 0 && row.user !== undefined && readers.every((r) => r === row.user)
        ? Visibility.PRIVATE
        : Visibility.SEMINAR,
    quote: quote ? { exact: quote.exact as string, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' } : null,
    position: position ? { start: position.start as number, end: position.end as number } : null,
  };
}

function sourceId(id: string, thing: 'annotation' | 'reply'): string {
  return isUuid(id) ? glossaIri(thing, id) : `hypothesis:${id}`;
}

/** `acct:<uuid>@glossa` is a Glossa person; any other `acct:name@authority` keeps its name. */
function person(row: HypothesisRow): ExchangePerson {
  const user = row.user ?? null;
  const match = user ? /^acct:([^@]+)@(.+)$/.exec(user) : null;
  const displayName = row.user_info?.display_name?.trim() || null;
  if (match && match[2] === GLOSSA_AUTHORITY && isUuid(match[1]))
    return { iri: glossaIri('user', match[1]), name: displayName, email: null };
  return { iri: user, name: displayName ?? match?.[1] ?? null, email: null };
}
