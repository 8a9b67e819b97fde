import { notHiddenByAssignmentSql } from '../assignment-rules/hide-until-posted';
import { replyNotHiddenByGroupsSql } from '../assignment-rules/in-groups';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Motivation } from '../annotations/annotation-kinds';
import { BadUserInputError } from '../errors/glossa-error';
import type { Viewer } from '../auth/viewer';
import { moderationVisible } from '../posts/moderation-state';
import { Connection } from '../pagination/connection.model';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { SearchInput } from './dto/search.input';
import { decodeSearchCursor, encodeSearchCursor } from './search-cursor';
import { SearchHitKind } from './search-hit-kind';
import { AuthorMasks } from '../anonymity/author-masks';
import { SearchHitModel, SearchSnippetModel } from './search-hit.model';
import { MATCH_END, MATCH_START, parseHeadline } from './snippet';
import { SqlParams } from './sql-params';

/** A reading's search vector covers its first 400,000 characters (migration 1763900200000). */
const INDEXED_READING_CHARS = 400_000;

/** ts_headline settings: a short excerpt around the best match, our markers around each match. */
const HEADLINE_OPTIONS = `StartSel="${MATCH_START}", StopSel="${MATCH_END}", MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=0`;

interface HitRow {
  kind: SearchHitKind;
  id: string;
  score: number;
  reading_id: string;
  reading_title: string;
  annotation_id: string | null;
  thread_id: string | null;
  author_id: string | null;
  motivation: Motivation | null;
  tags: string[] | null;
  created_at: Date;
  snippet: string;
  quote: string | null;
  position: number | null;
  snippet_start: number | null;
}

/**
 * Full-text search over what a member may see in one seminar: annotation bodies, quotes and tags,
 * replies in annotation threads, and the current text of each reading (PostgreSQL tsvector + GIN,
 * `websearch_to_tsquery`, ranked by `ts_rank_cd`, excerpts by `ts_headline`).
 *
 * Search is a read model across the annotations, threads and readings tables: one ranked UNION
 * cannot be assembled from per-module services without losing the order and the cursor. It
 * therefore restates their visibility rules here, each beside the rule it follows: a private
 * annotation (and every reply in its thread) only for its author; moderation as
 * `moderationVisible` says; deleted or removed posts, whose text is gone, never.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SeminarAccessService,
    private readonly masks: AuthorMasks,
  ) {}

  async search(
    viewer: Viewer,
    input: SearchInput,
    page: { first: number; after?: string | null },
  ): Promise<Connection<SearchHitModel>> {
    await this.access.requireInRequest(viewer, input.seminarId, SeminarAction.VIEW);
    if (input.authorIds?.length)
      // A peer of an anonymous seminar filters by the opaque ids they were shown, never by real ones.
      input = { ...input, authorIds: await this.masks.authorFilter(viewer, { seminarId: input.seminarId, debateId: null }, input.authorIds) };
    if (input.from && input.to && input.from >= input.to)
      throw new BadUserInputError('The date range is empty: `from` must be before `to`.');
    const after = page.after ? decodeSearchCursor(page.after) : null;
    const [{ words }]: Array<{ words: number }> = await this.dataSource.query(
      `SELECT numnode(websearch_to_tsquery('english', $1)) AS words`,
      [input.query],
    );
    if (words === 0)
      throw new BadUserInputError(
        'Nothing to search for: the query has only very common words (such as "the" or "of") or no words at all.',
      );

    const p = new SqlParams();
    const text = p.add(input.query);
    const me = () => p.named('me', viewer.userId);
    const seminar = p.add(input.seminarId);
    const kinds = this.kinds(input);
    const branches = [
      kinds.has(SearchHitKind.ANNOTATION) ? this.annotationHits(p, input, me, seminar) : null,
      kinds.has(SearchHitKind.REPLY) ? this.replyHits(p, input, me, seminar) : null,
      kinds.has(SearchHitKind.READING) ? this.readingHits(p, input, seminar) : null,
    ].filter((branch): branch is string => branch !== null);
    if (branches.length === 0) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

    let keyset = '';
    if (after) {
      const score = p.add(after.score);
      keyset = `WHERE score < ${score}::float8 OR (score = ${score}::float8 AND (kind, id) > (${p.add(after.kind)}::text, ${p.add(after.id)}::uuid))`;
    }
    const limit = p.add(page.first + 1);
    const options = p.add(HEADLINE_OPTIONS);
    const headline = (source: string, query: string) =>
      `ts_headline('english', translate(${source}, E'\\x02\\x03', ''), ${query}, ${options})`;
    const readingText = `left(v.text, ${INDEXED_READING_CHARS})`;
    const rows: HitRow[] = await this.dataSource.query(
      `WITH query AS (
         SELECT websearch_to_tsquery('english', ${text}) AS en,
                -- Tags are indexed unstemmed ('simple'), so they are matched by the unstemmed query too.
                websearch_to_tsquery('english', ${text}) || websearch_to_tsquery('simple', ${text}) AS wide),
       hits AS (${branches.join('\nUNION ALL\n')}),
       page AS (SELECT * FROM hits ${keyset} ORDER BY score DESC, kind, id LIMIT ${limit})
       SELECT page.*, r.title AS reading_title,
              CASE page.kind
                WHEN 'ANNOTATION' THEN ${headline('a.body', 'query.wide')}
                WHEN 'REPLY' THEN ${headline('c.body', 'query.en')}
                ELSE rh.marked END AS snippet,
              CASE WHEN a.id IS NOT NULL THEN ${headline('a.quote_exact', 'query.wide')} END AS quote,
              a.position_start AS position,
              CASE WHEN page.kind = 'READING'
                THEN strpos(translate(${readingText}, E'\\x02\\x03', ''), translate(rh.marked, E'\\x02\\x03', '')) - 1
              END AS snippet_start
         FROM page CROSS JOIN query
         JOIN readings r ON r.id = page.reading_id
         LEFT JOIN annotations a ON a.id = page.annotation_id
         LEFT JOIN comments c ON page.kind = 'REPLY' AND c.id = page.id
         LEFT JOIN reading_revisions v
           ON page.kind = 'READING' AND v.reading_id = r.id AND v.number = r.current_revision_number
         LEFT JOIN LATERAL (SELECT ${headline(readingText, 'query.en')} AS marked) rh ON page.kind = 'READING'
        ORDER BY page.score DESC, page.kind, page.id`,
      p.values,
    );
    const hits = rows.slice(0, page.first).map((row) => Object.assign(toHit(row), { seminarId: input.seminarId }));
    const edges = hits.map((hit) => ({
      cursor: encodeSearchCursor({ score: hit.score, kind: hit.kind, id: hit.id }),
      node: hit,
    }));
    return { edges, pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /**
   * Which kinds to search. Reading text has no author, tags, motivation or date, so a filter on any
   * of those means "posts only".
   */
  private kinds(input: SearchInput): Set<SearchHitKind> {
    const kinds = new Set(input.kinds?.length ? input.kinds : Object.values(SearchHitKind));
    if (input.authorIds?.length || input.tags?.length || input.motivations?.length || input.from || input.to)
      kinds.delete(SearchHitKind.READING);
    return kinds;
  }

  /** Annotations: body and tags (weight A), quote (B); `a` is the annotation. */
  private annotationHits(p: SqlParams, input: SearchInput, me: () => string, seminar: string): string {
    return `SELECT 'ANNOTATION'::text AS kind, a.id, ts_rank_cd(a.search, query.wide, 1)::float8 AS score,
                   a.reading_id, a.id AS annotation_id, a.thread_id, a.author_id, a.motivation, a.tags, a.created_at
              FROM annotations a CROSS JOIN query
             WHERE a.search @@ query.wide AND a.seminar_id = ${seminar}
               -- Private annotations are their author's alone (docs/design.md §1).
               AND (a.visibility = 'SEMINAR' OR a.author_id = ${me()})
               AND a.deleted_at IS NULL AND a.moderation <> 'REMOVED'
               AND ${moderationVisible('a').replaceAll(':me', me())}
               -- Hide until you post (docs/assignments.md).
               AND ${notHiddenByAssignmentSql('a', me())}
               ${this.postFilters(p, input, 'a', 'a')}`;
  }

  /** Replies in annotation threads; `c` is the reply, `a` the annotation its thread discusses. */
  private replyHits(p: SqlParams, input: SearchInput, me: () => string, seminar: string): string {
    return `SELECT 'REPLY'::text AS kind, c.id, ts_rank_cd(c.search, query.en, 1)::float8 AS score,
                   a.reading_id, a.id AS annotation_id, c.thread_id, c.author_id, a.motivation, a.tags, c.created_at
              FROM comments c CROSS JOIN query
              JOIN threads t ON t.id = c.thread_id
              JOIN annotations a ON a.thread_id = c.thread_id
             WHERE c.search @@ query.en AND c.seminar_id = ${seminar}
               -- A thread under a private annotation is private to that annotation's author.
               AND (t.private_to IS NULL OR t.private_to = ${me()})
               AND (a.visibility = 'SEMINAR' OR a.author_id = ${me()})
               AND c.deleted_at IS NULL AND c.moderation <> 'REMOVED'
               AND ${moderationVisible('c').replaceAll(':me', me())}
               -- A thread is shown only where its annotation is (a removed one keeps its place).
               AND ${moderationVisible('a').replaceAll(':me', me())}
               -- A thread is as hidden as its annotation (docs/assignments.md), and in groups a
               -- reply as its author (docs/small-groups.md).
               AND ${notHiddenByAssignmentSql('a', me())}
               AND ${replyNotHiddenByGroupsSql('c', me())}
               ${this.postFilters(p, input, 'c', 'a')}`;
  }

  /** The current revision of each reading. */
  private readingHits(p: SqlParams, input: SearchInput, seminar: string): string {
    const reading = input.readingId ? `AND r.id = ${p.add(input.readingId)}::uuid` : '';
    return `SELECT 'READING'::text AS kind, r.id, ts_rank_cd(v.search, query.en, 1)::float8 AS score,
                   r.id AS reading_id, NULL::uuid AS annotation_id, NULL::uuid AS thread_id, NULL::uuid AS author_id,
                   NULL::text AS motivation, NULL::text[] AS tags, r.created_at
              FROM readings r CROSS JOIN query
              JOIN reading_revisions v ON v.reading_id = r.id AND v.number = r.current_revision_number
             WHERE v.search @@ query.en AND r.seminar_id = ${seminar} ${reading}`;
  }

  /** Filters on a post (`post`: author and date) and on the annotation it is, or discusses (`annotation`). */
  private postFilters(p: SqlParams, input: SearchInput, post: string, annotation: string): string {
    const conditions: string[] = [];
    if (input.readingId) conditions.push(`${annotation}.reading_id = ${p.add(input.readingId)}::uuid`);
    if (input.authorIds?.length) conditions.push(`${post}.author_id = ANY(${p.add(input.authorIds)}::uuid[])`);
    if (input.tags?.length) {
      // Stored tags are lower-case without '#' (threads/post-text.ts): compare like with like.
      const tags = input.tags.map((t) => t.trim().replace(/^#/, '').toLowerCase()).filter((t) => t.length > 0);
      conditions.push(`${annotation}.tags && ${p.add(tags)}::text[]`);
    }
    if (input.motivations?.length)
      conditions.push(`${annotation}.motivation = ANY(${p.add(input.motivations)}::text[])`);
    if (input.from) conditions.push(`${post}.created_at >= ${p.add(input.from)}::timestamptz`);
    if (input.to) conditions.push(`${post}.created_at < ${p.add(input.to)}::timestamptz`);
    return conditions.map((c) => `AND ${c}`).join(' ');
  }
}

function toHit(row: HitRow): SearchHitModel {
  const snippet = parseHeadline(row.snippet ?? '');
  let position = row.position;
  if (row.kind === SearchHitKind.READING) {
    // strpos counts characters, which in a UTF-8 database are code points, as positions are.
    position =
      row.snippet_start !== null && row.snippet_start >= 0
        ? row.snippet_start + (snippet.highlights[0]?.start ?? 0)
        : null;
  }
  return Object.assign(new SearchHitModel(), {
    kind: row.kind,
    id: row.id,
    score: row.score,
    readingId: row.reading_id,
    readingTitle: row.reading_title,
    annotationId: row.annotation_id,
    threadId: row.thread_id,
    authorId: row.author_id,
    motivation: row.motivation,
    tags: row.tags ?? [],
    createdAt: row.created_at,
    snippet: SearchSnippetModel.from(snippet),
    quote: row.quote === null ? null : SearchSnippetModel.from(parseHeadline(row.quote)),
    position,
  });
}
