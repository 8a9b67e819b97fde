import { Motivation, Visibility } from '../annotations/annotation-kinds';
import {
  ExchangeAnnotation,
  ExchangeDocument,
  ExchangePerson,
  ExchangeReply,
  repliesByParent,
} from './exchange-document';
import { parseGlossaIri } from './glossa-iri';

/** The authority of Glossa accounts in Hypothesis-style `acct:` user names. */
export const GLOSSA_AUTHORITY = 'glossa';

/** What Hypothesis has no field for travels in this extension object, so a round trip keeps it. */
export interface GlossaExtension {
  motivation: Motivation;
  color?: string;
  deleted?: string;
  via?: string;
}

export interface HypothesisRow {
  id: string;
  created?: string;
  updated?: string;
  user: string;
  user_info?: { display_name: string | null };
  uri: string;
  text: string;
  tags: string[];
  group: string;
  permissions: { read: string[]; update: string[]; delete: string[]; admin: string[] };
  target: Array<{ source: string; selector?: Array<Record<string, string | number>> }>;
  document: { title: string[] };
  references?: string[];
  glossa?: GlossaExtension;
}

/**
 * The shape of a Hypothesis API search response (`{ total, rows }`, h/docs/_extra/api-reference):
 * a row per annotation and per reply, replies pointing at their ancestors with `references`
 * (thread root first, direct parent last), private annotations readable by their user only.
 */
export function renderHypothesis(doc: ExchangeDocument, group: string): { total: number; rows: HypothesisRow[] } {
  const titles = new Map(doc.readings.map((r) => [r.iri, r.title ?? '']));
  const rows: HypothesisRow[] = [];
  const children = repliesByParent(doc.replies);
  for (const annotation of doc.annotations) {
    const row = annotationRow(annotation, group, titles.get(annotation.readingIri) ?? '');
    rows.push(row);
    const walk = (parentIri: string, references: string[]) => {
      for (const reply of children.get(parentIri) ?? []) {
        rows.push(replyRow(reply, row, references));
        walk(reply.id, [...references, rowId(reply.id)]);
      }
    };
    walk(annotation.id, [row.id]);
  }
  return { total: rows.length, rows };
}

function annotationRow(annotation: ExchangeAnnotation, group: string, title: string): HypothesisRow {
  const selector: Array<Record<string, string | number>> = [];
  if (annotation.quote) selector.push({ type: 'TextQuoteSelector', ...annotation.quote });
  if (annotation.position) selector.push({ type: 'TextPositionSelector', ...annotation.position });
  const user = acct(annotation.creator);
  return {
    ...postFields(annotation, user),
    uri: annotation.readingIri,
    text: annotation.deleted ? '' : annotation.body,
    tags: annotation.deleted ? [] : annotation.tags,
    group,
    permissions: permissions(user, annotation.visibility === Visibility.PRIVATE ? user : `group:${group}`),
    target: [{ source: annotation.readingIri, selector }],
    document: { title: title ? [title] : [] },
    glossa: extension(annotation, annotation.motivation, annotation.color ?? undefined),
  };
}

function replyRow(reply: ExchangeReply, root: HypothesisRow, references: string[]): HypothesisRow {
  const user = acct(reply.creator);
  return {
    ...postFields(reply, user),
    uri: root.uri,
    text: reply.deleted ? '' : reply.body,
    tags: [],
    group: root.group,
    // A reply is as readable as the annotation it belongs to.
    permissions: permissions(user, root.permissions.read[0]),
    target: [{ source: root.uri }],
    document: root.document,
    references,
    glossa: extension(reply, null),
  };
}

function postFields(post: ExchangeAnnotation | ExchangeReply, user: string) {
  return {
    id: rowId(post.id),
    created: post.created?.toISOString(),
    updated: (post.modified ?? post.created)?.toISOString(),
    user,
    user_info: { display_name: post.creator.name },
  };
}

function extension(post: ExchangeAnnotation | ExchangeReply, motivation: Motivation | null, color?: string) {
  const glossa: Partial<GlossaExtension> = {};
  if (motivation) glossa.motivation = motivation;
  if (color) glossa.color = color;
  if (post.deleted) glossa.deleted = post.deleted.toISOString();
  if (post.via) glossa.via = post.via;
  return glossa as GlossaExtension;
}

function permissions(user: string, reader: string) {
  return { read: [reader], update: [user], delete: [user], admin: [user] };
}

/** Hypothesis ids are opaque strings: Glossa's own travel as bare UUIDs. */
function rowId(iri: string): string {
  return parseGlossaIri(iri)?.id ?? iri;
}

/** `acct:<user id>@glossa` for Glossa people, as Hypothesis names users `acct:<name>@<authority>`. */
function acct(person: ExchangePerson): string {
  const glossa = person.iri ? parseGlossaIri(person.iri) : null;
  if (glossa?.thing === 'user') return `acct:${glossa.id}@${GLOSSA_AUTHORITY}`;
  if (person.iri?.startsWith('acct:')) return person.iri;
  return `acct:${(person.name ?? 'unknown').replace(/[^A-Za-z0-9._-]+/g, '_')}@unknown`;
}
