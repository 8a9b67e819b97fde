import { Visibility } from '../annotations/annotation-kinds';
import {
  ExchangeAnnotation,
  ExchangeDocument,
  ExchangePerson,
  ExchangeReading,
  ExchangeReply,
} from './exchange-document';
import { highlightRule } from './highlight-stylesheet';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Audience of a private annotation: its author alone (W3C §3.3.8 `audience`). */
export const PRIVATE_AUDIENCE = 'urn:glossa:audience:private';
/** Highlight colours travel as a W3C `styleClass` on the target, defined by the annotation's embedded `stylesheet` (§4.4). */
export const STYLE_CLASS_PREFIX = 'glossa-highlight-';
/** The PDF fragment identifiers (`page=N`) a page's FragmentSelector conforms to (W3C §4.2.1). */
export const PDF_FRAGMENTS = 'http://tools.ietf.org/rfc/rfc3778';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface CollectionMeta {
  /** The collection's IRI. */
  id: string;
  label: string;
  generated: Date;
}

/**
 * A W3C Web Annotation Data Model `AnnotationCollection` (§5.1) with its one page embedded: each
 * annotation targets its reading (a `SpecificResource` with a TextQuoteSelector and a
 * TextPositionSelector, §4.2.4–5), bodies are Markdown `TextualBody`s, tags are `TextualBody`s
 * with purpose `tagging` (§3.3.5), and replies are annotations with motivation `replying` whose
 * target is the annotation or reply they answer. The readings are described once, with Dublin Core
 * terms the anno.jsonld context defines, so an importer can match them by title.
 */
export function renderWebAnnotations(doc: ExchangeDocument, meta: CollectionMeta): Record<string, Json> {
  const items: Json[] = [...doc.annotations.map(annotationItem), ...doc.replies.map(replyItem)];
  return {
    '@context': ANNO_CONTEXT,
    id: meta.id,
    type: 'AnnotationCollection',
    label: meta.label,
    generator: { id: 'https://github.com/glossa', type: 'Software', name: 'Glossa' },
    generated: meta.generated.toISOString(),
    total: items.length,
    'dcterms:references': doc.readings.map(readingItem),
    first: { id: `${meta.id}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

function readingItem(reading: ExchangeReading): Json {
  return compact({
    id: reading.iri,
    type: 'Text',
    'dc:title': reading.title,
    'dc:creator': reading.author || null,
    'dcterms:source': reading.source || null,
  });
}

function annotationItem(annotation: ExchangeAnnotation): Json {
  const bodies: Json[] = [];
  if (!annotation.deleted) {
    if (annotation.body) bodies.push({ type: 'TextualBody', value: annotation.body, format: 'text/markdown' });
    for (const tag of annotation.tags) bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  }
  const selector: Json[] = [];
  if (annotation.quote) selector.push({ type: 'TextQuoteSelector', ...annotation.quote });
  if (annotation.position) selector.push({ type: 'TextPositionSelector', ...annotation.position });
  // The same words again, as the original's page refined by the quote (§4.2.1, §4.2.9): selectors in
  // a list are alternatives for one segment, so the page alone (a larger one) may not stand there.
  if (annotation.page && annotation.quote)
    selector.push({
      type: 'FragmentSelector',
      conformsTo: PDF_FRAGMENTS,
      value: `page=${annotation.page.number}`,
      refinedBy: { type: 'TextQuoteSelector', ...annotation.quote },
    });
  const styleClass = annotation.color ? `${STYLE_CLASS_PREFIX}${annotation.color}` : null;
  return compact({
    id: annotation.id,
    type: 'Annotation',
    motivation: annotation.motivation,
    ...postFields(annotation),
    body: bodies.length === 0 ? null : bodies.length === 1 ? bodies[0] : bodies,
    target: compact({
      type: 'SpecificResource',
      source: annotation.readingIri,
      styleClass,
      selector,
    }),
    // §4.4: a styleClass names a class of the annotation's stylesheet, which must then be there.
    stylesheet:
      styleClass && annotation.color
        ? { type: 'CssStylesheet', format: 'text/css', value: highlightRule(styleClass, annotation.color) }
        : null,
    audience:
      annotation.visibility === Visibility.PRIVATE
        ? { id: PRIVATE_AUDIENCE, type: 'schema:Audience', 'schema:audienceType': 'author only' }
        : null,
  });
}

function replyItem(reply: ExchangeReply): Json {
  return compact({
    id: reply.id,
    type: 'Annotation',
    motivation: 'replying',
    ...postFields(reply),
    body: reply.deleted ? null : { type: 'TextualBody', value: reply.body, format: 'text/markdown' },
    target: reply.inReplyTo,
  });
}

function postFields(post: ExchangeAnnotation | ExchangeReply): Record<string, Json> {
  return {
    creator: person(post.creator),
    created: post.created?.toISOString() ?? null,
    modified: post.modified?.toISOString() ?? null,
    via: post.via,
    // ActivityStreams (a prefix of the anno.jsonld context): a tombstone keeps a thread's shape.
    'as:deleted': post.deleted?.toISOString() ?? null,
  };
}

function person(creator: ExchangePerson): Json {
  return compact({ id: creator.iri, type: 'Person', name: creator.name, email: creator.email });
}

/** Drops absent (null) properties, as JSON-LD leaves them out rather than stating null. */
function compact(object: Record<string, Json>): Record<string, Json> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null));
}
