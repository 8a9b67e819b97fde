import { AnchorStatus, HighlightColor, Motivation, Visibility } from '../annotations/annotation-kinds';

/**
 * The format-neutral form of a set of annotations and replies, between Glossa's tables and the
 * exchange formats (W3C Web Annotation JSON-LD, Hypothesis API JSON, Markdown). Exports build one
 * and render it; imports parse a document into one and plan from it. Ids are the IRIs of the source.
 */
export interface ExchangePerson {
  /** e.g. urn:glossa:user:<uuid>, or a source's own IRI for the person. */
  iri: string | null;
  name: string | null;
  email: string | null;
}

export interface ExchangeQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface ExchangeReading {
  iri: string;
  title: string | null;
  author: string | null;
  /** Where the text comes from (citation, DOI or URL), when known. */
  source: string | null;
}

export interface ExchangePost {
  id: string;
  /** Where this post was copied from, when it was itself imported (W3C `via`). */
  via: string | null;
  body: string;
  creator: ExchangePerson;
  created: Date | null;
  /** Set when edited after creation. */
  modified: Date | null;
  /** When it was deleted (or removed): it keeps its place in a thread, without its text. */
  deleted: Date | null;
  /** Export only: who wrote it at the source, when an import attributed it to the importer. */
  originalAuthor?: string | null;
}

export interface ExchangeAnnotation extends ExchangePost {
  readingIri: string;
  motivation: Motivation;
  tags: string[];
  color: HighlightColor | null;
  visibility: Visibility;
  quote: ExchangeQuote | null;
  /** Code points (W3C §4.2.5) in the revision the source described. */
  position: { start: number; end: number } | null;
  /** Export only: the page of the original (PDF) the passage starts on. */
  page?: { number: number; label: string } | null;
  /** Export only: how the passage sits in the current text. */
  anchorStatus?: AnchorStatus;
}

export interface ExchangeReply extends ExchangePost {
  /** The IRI of the annotation or reply this one answers. */
  inReplyTo: string;
}

/** An item of a document that could not be read, and why. */
export interface ExchangeProblem {
  id: string | null;
  reason: string;
}

export interface ExchangeDocument {
  title: string | null;
  readings: ExchangeReading[];
  annotations: ExchangeAnnotation[];
  replies: ExchangeReply[];
  problems: ExchangeProblem[];
}

/** The replies of a document grouped by what they answer, each list oldest first. */
export function repliesByParent(replies: readonly ExchangeReply[]): Map<string, ExchangeReply[]> {
  const children = new Map<string, ExchangeReply[]>();
  for (const reply of replies) children.set(reply.inReplyTo, [...(children.get(reply.inReplyTo) ?? []), reply]);
  for (const list of children.values())
    list.sort((a, b) => (a.created?.getTime() ?? 0) - (b.created?.getTime() ?? 0) || a.id.localeCompare(b.id));
  return children;
}
