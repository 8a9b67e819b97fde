import { describe, reanchorAll, type ReanchorTarget, type TextSelectors } from '@glossa/anchoring';
import { AnchorStatus, HighlightColor, Motivation, Visibility } from '../annotations/annotation-kinds';
import type { ImportedAnnotation } from '../annotations/annotation-interchange';
import { GlossaError } from '../errors/glossa-error';
import { acceptBody, acceptTags } from '../posts/post-text';
import type { ImportedReply } from '../threads/thread-interchange';
import { AuthorMatcher } from './author-matcher';
import { ExchangeAnnotation, ExchangeDocument, ExchangeReply } from './exchange-document';
import { parseGlossaIri } from './glossa-iri';
import { countMatchedAuthor, emptyReport, ImportReport } from './import-report';

/** A post already in the seminar, which imported replies may answer. */
export interface ExistingPost {
  kind: 'annotation' | 'reply';
  id: string;
  threadId: string;
  depth: number;
  privateTo: string | null;
}

/** A matched reading of the seminar, with the text of its current revision. */
export interface TargetReading {
  id: string;
  revisionNumber: number;
  text: string;
}

export interface ImportSituation {
  seminarId: string;
  importerId: string;
  authors: AuthorMatcher;
  /** By the document's reading IRI. */
  readings: Map<string, TargetReading>;
  /** By source key (see `sourceKeys`). */
  existing: Map<string, ExistingPost>;
  newId(): string;
}

/** What an import writes: rows for the annotations and replies services, and where each came from. */
export interface ImportPlan {
  annotations: ImportedAnnotation[];
  replies: ImportedReply[];
  sources: PlannedSource[];
  report: ImportReport;
}

/** Where a planned post came from: its id in the source (`id`), and the id that was copied from (`via`). */
export interface PlannedSource {
  key: string;
  role: 'id' | 'via';
  kind: 'annotation' | 'reply';
  itemId: string;
  originalAuthor: string | null;
}

/**
 * The keys that identify a post across exports and imports: its id and the id it was copied from
 * (`via`), Glossa IRIs in one canonical form. A post whose key the seminar already holds is a
 * duplicate, whichever copy of it the document is.
 */
export function sourceKeys(post: { id: string; via: string | null }): string[] {
  return [...new Set([post.id, post.via].filter((k): k is string => !!k?.trim()).map(canonicalKey))];
}

export function canonicalKey(iri: string): string {
  const glossa = parseGlossaIri(iri);
  return glossa ? `urn:glossa:${glossa.thing}:${glossa.id}` : iri.trim();
}

interface Candidate {
  source: ExchangeAnnotation;
  keys: string[];
  reading: TargetReading;
  body: string;
  tags: string[];
  motivation: Motivation;
}

/**
 * Decides, without touching the database, what importing `doc` into a seminar writes: which posts
 * are new (duplicates skipped), where each annotation's passage is in the reading's current text
 * (re-anchored with @glossa/anchoring; a passage not found is kept as an orphan with its quote),
 * who each post is by, and how replies hang together (threads kept, parents before children).
 */
export function planImport(doc: ExchangeDocument, situation: ImportSituation): ImportPlan {
  const report = emptyReport();
  report.skipped.push(...doc.problems.map((p) => ({ sourceId: p.id, reason: p.reason })));
  const plan: ImportPlan = { annotations: [], replies: [], sources: [], report };
  /** Every post a reply may answer, by source key: already here, or planned now. */
  const posts = new Map<string, ExistingPost>(situation.existing);
  /** Keys of posts left out, so replies to them are reported for that reason. */
  const leftOut = new Set<string>();
  const unmatched = new Map<string, number>();

  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const annotation of doc.annotations) {
    const keys = sourceKeys(annotation);
    if (keys.some((k) => situation.existing.has(k) || seen.has(k))) {
      report.duplicatesSkipped += 1;
      const known = keys.map((k) => posts.get(k)).find((p) => p !== undefined);
      if (known) for (const k of keys) posts.set(k, known);
      continue;
    }
    keys.forEach((k) => seen.add(k));
    const reading = situation.readings.get(annotation.readingIri);
    if (!reading) {
      unmatched.set(annotation.readingIri, (unmatched.get(annotation.readingIri) ?? 0) + 1);
      keys.forEach((k) => leftOut.add(k));
      continue;
    }
    try {
      candidates.push({ source: annotation, keys, reading, ...acceptContent(annotation) });
    } catch (error) {
      report.skipped.push({ sourceId: annotation.id, reason: reasonOf(error) });
      keys.forEach((k) => leftOut.add(k));
    }
  }
  for (const [iri, count] of unmatched) {
    const title = doc.readings.find((r) => r.iri === iri)?.title ?? null;
    report.unmatchedReadings.push({ iri, title, annotations: count });
  }

  for (const [reading, group] of groupBy(candidates, (c) => c.reading)) {
    const anchored = anchorAll(reading.text, group);
    group.forEach((candidate, i) => {
      const place = anchored[i];
      if (place === null) {
        report.skipped.push({ sourceId: candidate.source.id, reason: 'no TextQuoteSelector or TextPositionSelector' });
        candidate.keys.forEach((k) => leftOut.add(k));
        return;
      }
      const a = candidate.source;
      const isPrivate = a.visibility === Visibility.PRIVATE;
      const by = situation.authors.attribute(a.creator, { private: isPrivate });
      const row: ImportedAnnotation = {
        id: situation.newId(),
        threadId: situation.newId(),
        seminarId: situation.seminarId,
        readingId: reading.id,
        revisionNumber: reading.revisionNumber,
        authorId: by.userId,
        authorName: by.authorName,
        motivation: candidate.motivation,
        body: candidate.body,
        tags: candidate.tags,
        color: a.color ?? HighlightColor.yellow,
        visibility: a.visibility,
        quote: place.quote,
        position: place.position,
        anchorStatus: place.status,
        anchorScore: place.score,
        createdAt: a.created,
        editedAt: a.modified,
        deletedAt: a.deleted,
      };
      plan.annotations.push(row);
      report.annotationsImported += 1;
      if (place.status === AnchorStatus.orphaned) report.orphaned.push({ sourceId: a.id, quote: place.quote.exact });
      if (by.originalAuthor) report.attributedToImporter.push({ sourceId: a.id, originalAuthor: by.originalAuthor });
      else countMatchedAuthor(report, by);
      const post: ExistingPost = {
        kind: 'annotation',
        id: row.id,
        threadId: row.threadId,
        depth: -1,
        privateTo: isPrivate ? by.userId : null,
      };
      candidate.keys.forEach((key, i) => {
        posts.set(key, post);
        plan.sources.push({
          key,
          role: roleOf(i),
          kind: 'annotation',
          itemId: row.id,
          originalAuthor: by.originalAuthor,
        });
      });
    });
  }

  planReplies(doc.replies, situation, plan, posts, leftOut);
  return plan;
}

/** Replies in waves: each wave places the replies whose parent is known, so parents come first. */
function planReplies(
  replies: readonly ExchangeReply[],
  situation: ImportSituation,
  plan: ImportPlan,
  posts: Map<string, ExistingPost>,
  leftOut: Set<string>,
): void {
  const { report } = plan;
  let pending: Array<{ reply: ExchangeReply; keys: string[] }> = [];
  const seen = new Set<string>();
  for (const reply of [...replies].sort((a, b) => (a.created?.getTime() ?? 0) - (b.created?.getTime() ?? 0))) {
    const keys = sourceKeys(reply);
    if (keys.some((k) => situation.existing.has(k) || seen.has(k))) {
      report.duplicatesSkipped += 1;
      continue;
    }
    keys.forEach((k) => seen.add(k));
    pending.push({ reply, keys });
  }
  for (let progress = true; progress && pending.length > 0;) {
    progress = false;
    const waiting: typeof pending = [];
    for (const item of pending) {
      const parentKey = canonicalKey(item.reply.inReplyTo);
      const parent = posts.get(parentKey);
      if (!parent) {
        if (leftOut.has(parentKey)) {
          report.skipped.push({ sourceId: item.reply.id, reason: 'the post it answers was not imported' });
          item.keys.forEach((k) => leftOut.add(k));
          progress = true;
        } else waiting.push(item);
        continue;
      }
      progress = true;
      if (parent.privateTo !== null && parent.privateTo !== situation.importerId) {
        report.skipped.push({ sourceId: item.reply.id, reason: 'it answers a private annotation of someone else' });
        item.keys.forEach((k) => leftOut.add(k));
        continue;
      }
      let body: string;
      try {
        body = item.reply.deleted ? '' : acceptBody(item.reply.body, { required: true });
      } catch (error) {
        report.skipped.push({ sourceId: item.reply.id, reason: reasonOf(error) });
        item.keys.forEach((k) => leftOut.add(k));
        continue;
      }
      const by = situation.authors.attribute(item.reply.creator, { private: parent.privateTo !== null });
      const row: ImportedReply = {
        id: situation.newId(),
        threadId: parent.threadId,
        seminarId: situation.seminarId,
        parentId: parent.kind === 'reply' ? parent.id : null,
        depth: parent.depth + 1,
        authorId: by.userId,
        authorName: by.authorName,
        body,
        createdAt: item.reply.created,
        editedAt: item.reply.modified,
        deletedAt: item.reply.deleted,
      };
      plan.replies.push(row);
      report.repliesImported += 1;
      if (by.originalAuthor)
        report.attributedToImporter.push({ sourceId: item.reply.id, originalAuthor: by.originalAuthor });
      else countMatchedAuthor(report, by);
      const post: ExistingPost = {
        kind: 'reply',
        id: row.id,
        threadId: row.threadId,
        depth: row.depth,
        privateTo: parent.privateTo,
      };
      item.keys.forEach((key, i) => {
        posts.set(key, post);
        plan.sources.push({ key, role: roleOf(i), kind: 'reply', itemId: row.id, originalAuthor: by.originalAuthor });
      });
    }
    pending = waiting;
  }
  for (const item of pending)
    report.skipped.push({
      sourceId: item.reply.id,
      reason: 'it answers a post that is neither in the file nor in this seminar',
    });
}

/**
 * The text of an imported annotation as Glossa keeps it: a highlight has no body (one with text is
 * a comment), a comment or question has one (one without is a highlight); tags as members type
 * them (spaces become dashes: Hypothesis allows "human rights", Glossa tags are one word).
 */
function acceptContent(a: ExchangeAnnotation): { body: string; tags: string[]; motivation: Motivation } {
  if (a.deleted) return { body: '', tags: [], motivation: a.motivation };
  const body = acceptBody(a.body, { required: false });
  const tags = acceptTags(a.tags.map((t) => t.trim().replace(/\s+/g, '-')));
  let motivation = a.motivation;
  if (motivation === Motivation.highlighting && body) motivation = Motivation.commenting;
  if (motivation !== Motivation.highlighting && !body) motivation = Motivation.highlighting;
  return { body, tags, motivation };
}

interface Place {
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number };
  status: AnchorStatus;
  score: number;
}

/**
 * Anchors the candidates of one reading in its current text, in one pass. A quote is what is
 * checked; a position alone cannot be checked, so a passage described only by position is taken
 * as found but `fuzzy` (score 0.5), and one with neither is left out (null).
 */
function anchorAll(text: string, group: readonly Candidate[]): Array<Place | null> {
  const targets: Array<ReanchorTarget<number>> = [];
  group.forEach((c, i) => {
    const { quote, position } = c.source;
    if (!quote) return;
    const selectors: TextSelectors = {
      quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      ...(position ? { position: { type: 'TextPositionSelector' as const, ...position } } : {}),
    };
    targets.push({ id: i, selectors });
  });
  const outcomes = new Map(reanchorAll(text, targets).map((o) => [o.id, o]));
  return group.map((c, i): Place | null => {
    const outcome = outcomes.get(i);
    if (outcome) {
      const quote = outcome.selectors.quote;
      return {
        quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        position: outcome.selectors.position
          ? { start: outcome.selectors.position.start, end: outcome.selectors.position.end }
          : (c.source.position ?? { start: 0, end: 0 }),
        status: outcome.status as AnchorStatus,
        score: outcome.score,
      };
    }
    const position = c.source.position;
    if (!position || position.end <= position.start) return null;
    try {
      const described = describe(text, position.start, position.end);
      return {
        quote: { exact: described.quote.exact, prefix: described.quote.prefix, suffix: described.quote.suffix },
        position: { start: described.position.start, end: described.position.end },
        status: AnchorStatus.fuzzy,
        score: 0.5,
      };
    } catch {
      return null;
    }
  });
}

/** `sourceKeys` lists the post's own id first, then its `via`. */
function roleOf(index: number): 'id' | 'via' {
  return index === 0 ? 'id' : 'via';
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function reasonOf(error: unknown): string {
  if (error instanceof GlossaError) return error.message;
  throw error;
}
