import { z } from 'zod';
import { Motivation, Visibility } from '../annotations/annotation-kinds';
import { BadUserInputError } from '../errors/glossa-error';
import {
  ExchangeAnnotation,
  ExchangeDocument,
  ExchangeProblem,
  ExchangeReading,
  ExchangeReply,
} from './exchange-document';
import { MOTIVATIONS, oneOrMany, personSchema, readColor, readDate, readPerson } from './exchange-values';
import { PRIVATE_AUDIENCE, STYLE_CLASS_PREFIX } from './web-annotation.renderer';

const types = oneOrMany(z.string());

const bodySchema = z.union([
  z.string(),
  z.object({
    type: types.optional(),
    value: z.string().optional(),
    purpose: oneOrMany(z.string()).optional(),
    format: z.string().optional(),
  }),
]);

const selectorSchema = z.object({
  type: z.string(),
  exact: z.string().optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});

const targetSchema = z.union([
  z.string(),
  z.object({
    id: z.string().optional(),
    source: z.union([z.string(), z.object({ id: z.string() })]).optional(),
    styleClass: z.string().optional(),
    selector: oneOrMany(z.union([z.string(), selectorSchema])).optional(),
  }),
]);

const annotationSchema = z.object({
  id: z.string().min(1).max(2000),
  type: types.optional(),
  motivation: oneOrMany(z.string()).optional(),
  creator: oneOrMany(personSchema).optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  via: oneOrMany(z.string()).optional(),
  body: oneOrMany(bodySchema).optional(),
  bodyValue: z.string().optional(),
  target: oneOrMany(targetSchema),
  audience: oneOrMany(z.union([z.string(), z.object({ id: z.string().optional() })])).optional(),
  'as:deleted': z.union([z.string(), z.boolean()]).optional(),
});

type WebAnnotation = z.infer<typeof annotationSchema>;

const readingSchema = z.object({
  id: z.string(),
  'dc:title': z.string().optional(),
  'dc:creator': z.string().optional(),
  'dcterms:source': z.string().optional(),
});

interface Container {
  type?: unknown;
  items?: unknown;
  first?: unknown;
  next?: unknown;
}

/**
 * Reads a W3C Web Annotation document: an AnnotationCollection with its pages embedded, an
 * AnnotationPage, one Annotation, or a list of Annotations. Items that cannot be read are reported
 * in `problems`, so one odd annotation does not spoil an import. Glossa's own exports read back to
 * the document they were rendered from.
 */
export function parseWebAnnotations(json: unknown): ExchangeDocument {
  const items = collectItems(json);
  const problems: ExchangeProblem[] = [];
  const annotations: ExchangeAnnotation[] = [];
  const replies: ExchangeReply[] = [];
  for (const item of items) {
    const parsed = annotationSchema.safeParse(item);
    if (!parsed.success) {
      problems.push({ id: idOf(item), reason: `not a readable Web Annotation (${firstIssue(parsed.error)})` });
      continue;
    }
    const read = readItem(parsed.data);
    if ('reason' in read) problems.push(read);
    else if ('inReplyTo' in read) replies.push(read);
    else annotations.push(read);
  }
  const container = isObject(json) ? (json as Record<string, unknown>) : {};
  const described = oneOrMany(readingSchema).safeParse(container['dcterms:references']);
  const readings = new Map<string, ExchangeReading>();
  for (const r of described.success ? described.data : [])
    readings.set(r.id, {
      iri: r.id,
      title: r['dc:title'] ?? null,
      author: r['dc:creator'] ?? null,
      source: r['dcterms:source'] ?? null,
    });
  for (const a of annotations)
    if (!readings.has(a.readingIri))
      readings.set(a.readingIri, { iri: a.readingIri, title: null, author: null, source: null });
  const label = container.label;
  return {
    title: typeof label === 'string' ? label : null,
    readings: [...readings.values()],
    annotations,
    replies,
    problems,
  };
}

function collectItems(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (!isObject(json)) throw notWebAnnotations();
  const root = json as Container;
  const type = [root.type].flat();
  if (type.includes('Annotation')) return [json];
  const items: unknown[] = [];
  let page: unknown = type.includes('AnnotationCollection')
    ? root.first
    : type.includes('AnnotationPage')
      ? json
      : null;
  if (page === null || page === undefined) {
    if (type.includes('AnnotationCollection')) return [];
    throw notWebAnnotations();
  }
  // Pages linked by IRI would have to be fetched from elsewhere; an export file embeds them.
  for (let guard = 0; page !== undefined && page !== null; guard += 1) {
    if (typeof page === 'string' || !isObject(page) || guard > 10_000)
      throw new BadUserInputError('This collection links to pages by address; import a file with its pages embedded.');
    const current = page as Container;
    if (Array.isArray(current.items)) items.push(...current.items);
    page = current.next;
  }
  return items;
}

function readItem(item: WebAnnotation): ExchangeAnnotation | ExchangeReply | ExchangeProblem {
  const motivations = item.motivation ?? [];
  const creator = readPerson(item.creator?.[0]);
  const bodies = (item.body ?? []).filter((b): b is Exclude<typeof b, string> => typeof b !== 'string');
  const text = [
    ...(item.bodyValue ? [item.bodyValue] : []),
    ...bodies.filter((b) => !b.purpose?.includes('tagging') && b.value !== undefined).map((b) => b.value as string),
  ].join('\n\n');
  const deletedFlag = item['as:deleted'];
  const post = {
    id: item.id,
    via: item.via?.[0] ?? null,
    body: text,
    creator,
    created: readDate(item.created),
    modified: readDate(item.modified),
    deleted:
      deletedFlag === undefined || deletedFlag === false
        ? null
        : (readDate(typeof deletedFlag === 'string' ? deletedFlag : null) ?? new Date(0)),
  };
  const target = item.target[0];
  if (motivations.includes('replying')) {
    const inReplyTo = typeof target === 'string' ? target : (target.id ?? sourceIri(target.source));
    if (!inReplyTo) return { id: item.id, reason: 'a reply without the annotation it answers' };
    return { ...post, inReplyTo };
  }
  if (typeof target === 'string') return { id: item.id, reason: 'targets a whole resource, not a passage of text' };
  const readingIri = sourceIri(target.source) ?? target.id;
  if (!readingIri) return { id: item.id, reason: 'its target has no source' };
  const selectors = (target.selector ?? []).filter((s): s is z.infer<typeof selectorSchema> => typeof s !== 'string');
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector' && s.exact !== undefined);
  const position = selectors.find(
    (s) => s.type === 'TextPositionSelector' && s.start !== undefined && s.end !== undefined,
  );
  const motivation = motivations.find((m) => MOTIVATIONS.has(m)) as Motivation | undefined;
  const audience = (item.audience ?? []).map((a) => (typeof a === 'string' ? a : a.id));
  return {
    ...post,
    readingIri,
    // Another vocabulary's motivation (bookmarking, describing…) becomes a comment, or a highlight without text.
    motivation: motivation ?? (text ? Motivation.commenting : Motivation.highlighting),
    tags: bodies.filter((b) => b.purpose?.includes('tagging') && b.value).map((b) => b.value as string),
    color: target.styleClass?.startsWith(STYLE_CLASS_PREFIX)
      ? readColor(target.styleClass.slice(STYLE_CLASS_PREFIX.length))
      : null,
    visibility: audience.includes(PRIVATE_AUDIENCE) ? Visibility.PRIVATE : Visibility.SEMINAR,
    quote: quote ? { exact: quote.exact as string, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' } : null,
    position: position ? { start: position.start as number, end: position.end as number } : null,
  };
}

function sourceIri(source: string | { id: string } | undefined): string | null {
  if (source === undefined) return null;
  return typeof source === 'string' ? source : source.id;
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(item: unknown): string | null {
  const id = isObject(item) ? (item as { id?: unknown }).id : null;
  return typeof id === 'string' ? id.slice(0, 200) : null;
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'item'}: ${issue.message}` : 'unknown shape';
}

function notWebAnnotations(): BadUserInputError {
  return new BadUserInputError(
    'This is not a W3C Web Annotation document (an AnnotationCollection, AnnotationPage, Annotation or a list of them).',
  );
}
