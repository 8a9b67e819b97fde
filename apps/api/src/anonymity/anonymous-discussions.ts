import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { RequestLoaders } from '../batching/request-loaders';
import { candidateScopes, DiscussionPlace, scopeInForce } from './discussion-place';
import type { AnonymityScope } from './pseudonym';
import { Queryable, rows } from './queryable';

/**
 * Which discussions are anonymous, and where a post lives. The places are a read model over the
 * threads, claims, debates and readings tables (as search is): anonymity is asked at every edge that
 * shows an author, below the modules that own those tables.
 */
@Injectable()
export class AnonymousDiscussions {
  constructor(private readonly dataSource: DataSource) {}

  async enable(db: Queryable, scope: AnonymityScope, seminarId: string, by: string): Promise<void> {
    await db.query(
      'INSERT INTO anonymous_discussions (scope, seminar_id, enabled_by) VALUES ($1, $2, $3) ON CONFLICT (scope) DO NOTHING',
      [scope, seminarId, by],
    );
  }

  async disable(db: Queryable, scope: AnonymityScope): Promise<void> {
    await db.query('DELETE FROM anonymous_discussions WHERE scope = $1', [scope]);
  }

  /** The anonymous ones among `scopes`. */
  async anonymousAmong(db: Queryable, scopes: readonly string[]): Promise<Set<string>> {
    if (scopes.length === 0) return new Set();
    const found = await rows<{ scope: string }>(db, 'SELECT scope FROM anonymous_discussions WHERE scope = ANY($1::text[])', [
      [...scopes],
    ]);
    return new Set(found.map((row) => row.scope));
  }

  /** Whether `scope` is anonymous, batched for the unit of work. */
  isAnonymous(loaders: RequestLoaders): DataLoader<string, boolean> {
    return loaders.for(
      this.isAnonymous,
      () =>
        new DataLoader<string, boolean>(async (scopes) => {
          const on = await this.anonymousAmong(this.dataSource, scopes);
          return scopes.map((scope) => on.has(scope));
        }),
    );
  }

  /** Whether anything in a seminar is anonymous (itself or a debate): one statement per unit of work, usually no. */
  anyIn(loaders: RequestLoaders): DataLoader<string, boolean> {
    return loaders.for(
      this.anyIn,
      () =>
        new DataLoader<string, boolean>(async (seminarIds) => {
          const found = await rows<{ seminar_id: string }>(
            this.dataSource,
            'SELECT DISTINCT seminar_id FROM anonymous_discussions WHERE seminar_id = ANY($1::uuid[])',
            [[...seminarIds]],
          );
          const some = new Set(found.map((row) => row.seminar_id));
          return seminarIds.map((id) => some.has(id));
        }),
    );
  }

  /** The scope in force at `place` for this unit of work (null: names are shown). */
  async scopeAt(loaders: RequestLoaders, place: DiscussionPlace): Promise<AnonymityScope | null> {
    if (!(await this.anyIn(loaders).load(place.seminarId))) return null;
    const scopes = candidateScopes(place);
    const flags = await this.isAnonymous(loaders).loadMany(scopes);
    return scopeInForce(place, new Set(scopes.filter((_, i) => flags[i] === true)));
  }

  /** The same inside a transaction (event masking). */
  async scopeIn(db: Queryable, place: DiscussionPlace): Promise<AnonymityScope | null> {
    return scopeInForce(place, await this.anonymousAmong(db, candidateScopes(place)));
  }

  /** Where a thread's posts live (a claim's thread is in its debate). */
  threadPlaces(loaders: RequestLoaders): DataLoader<string, DiscussionPlace | null> {
    return loaders.for(
      this.threadPlaces,
      () =>
        new DataLoader<string, DiscussionPlace | null>(async (ids) => {
          const found = await this.placesOfThreads(this.dataSource, ids);
          return ids.map((id) => found.get(id) ?? null);
        }),
    );
  }

  async placesOfThreads(db: Queryable, threadIds: readonly string[]): Promise<Map<string, DiscussionPlace>> {
    const found = await rows<{ id: string; seminar_id: string; debate_id: string | null }>(
      db,
      `SELECT t.id, t.seminar_id, c.debate_id FROM threads t
         LEFT JOIN claims c ON t.subject_type = 'claim' AND c.id = t.subject_id
        WHERE t.id = ANY($1::uuid[])`,
      [[...threadIds]],
    );
    return new Map(found.map((row) => [row.id, { seminarId: row.seminar_id, debateId: row.debate_id }]));
  }

  /** Where the post `subjectType`/`subjectId` lives (annotation, comment or claim). */
  async placeOfSubject(db: Queryable, subjectType: string, subjectId: string): Promise<DiscussionPlace | null> {
    const sql: Record<string, string> = {
      annotation: 'SELECT seminar_id, NULL::uuid AS debate_id FROM annotations WHERE id = $1',
      claim: 'SELECT seminar_id, debate_id FROM claims WHERE id = $1',
      comment: `SELECT t.seminar_id, c.debate_id FROM comments m JOIN threads t ON t.id = m.thread_id
                  LEFT JOIN claims c ON t.subject_type = 'claim' AND c.id = t.subject_id WHERE m.id = $1`,
      thread: `SELECT t.seminar_id, c.debate_id FROM threads t
                 LEFT JOIN claims c ON t.subject_type = 'claim' AND c.id = t.subject_id WHERE t.id = $1`,
    };
    if (!sql[subjectType]) return null;
    const [row] = await rows<{ seminar_id: string; debate_id: string | null }>(db, sql[subjectType], [subjectId]);
    return row ? { seminarId: row.seminar_id, debateId: row.debate_id } : null;
  }

  /** The seminar of a debate or reading room's subject. */
  async placeOfRoom(db: Queryable, room: string): Promise<DiscussionPlace | null> {
    const [kind, id] = room.split(':');
    if (kind === 'seminar' && !room.endsWith(':moderators')) return { seminarId: id, debateId: null };
    const sql: Record<string, string> = {
      reading: 'SELECT seminar_id, NULL::uuid AS debate_id FROM readings WHERE id = $1',
      debate: 'SELECT seminar_id, id AS debate_id FROM debates WHERE id = $1',
      session: `SELECT seminar_id, CASE WHEN subject_type = 'DEBATE' THEN subject_id END AS debate_id
                  FROM live_sessions WHERE id = $1`,
    };
    if (!sql[kind]) return null;
    const [row] = await rows<{ seminar_id: string; debate_id: string | null }>(db, sql[kind], [id]);
    return row ? { seminarId: row.seminar_id, debateId: row.debate_id } : null;
  }

  /**
   * Where a members' room's posts live and the scope in force there, in one statement: the event
   * log asks it for every event that names someone, and usually nothing is anonymous.
   */
  async roomScope(db: Queryable, room: string): Promise<{ place: DiscussionPlace; scope: AnonymityScope | null } | null> {
    const [kind, id] = room.split(':');
    const anonymous = (scope: string) => `(SELECT a.scope FROM anonymous_discussions a WHERE a.scope = ${scope})`;
    const sql: Record<string, string> = {
      seminar: `SELECT $1::uuid AS seminar_id, NULL::uuid AS debate_id, ${anonymous(`'seminar:' || $1`)} AS scope`,
      reading: `SELECT r.seminar_id, NULL::uuid AS debate_id, ${anonymous(`'seminar:' || r.seminar_id`)} AS scope
                  FROM readings r WHERE r.id = $1`,
      debate: `SELECT d.seminar_id, d.id AS debate_id,
                      COALESCE(${anonymous(`'debate:' || d.id`)}, ${anonymous(`'seminar:' || d.seminar_id`)}) AS scope
                 FROM debates d WHERE d.id = $1`,
      // A live session is where its reading or debate is: a debate's session takes the debate's pseudonyms.
      session: `SELECT s.seminar_id, d.id AS debate_id,
                       COALESCE(${anonymous(`'debate:' || d.id`)}, ${anonymous(`'seminar:' || s.seminar_id`)}) AS scope
                  FROM live_sessions s LEFT JOIN debates d ON s.subject_type = 'DEBATE' AND d.id = s.subject_id
                 WHERE s.id = $1`,
    };
    if (!sql[kind] || room.endsWith(':moderators')) return null;
    const [row] = await rows<{ seminar_id: string; debate_id: string | null; scope: AnonymityScope | null }>(db, sql[kind], [id]);
    return row ? { place: { seminarId: row.seminar_id, debateId: row.debate_id }, scope: row.scope } : null;
  }

  /** Whether `userId` leads `seminarId` (owners and moderators see names). */
  async leads(db: Queryable, seminarId: string, userId: string): Promise<boolean> {
    const [row] = await rows<{ role: string }>(db, 'SELECT role FROM memberships WHERE seminar_id = $1 AND user_id = $2', [
      seminarId,
      userId,
    ]);
    return row?.role === 'OWNER' || row?.role === 'MODERATOR';
  }

  /** `leads` for the viewer of a unit of work, batched. */
  viewerLeads(loaders: RequestLoaders, userId: string): DataLoader<string, boolean> {
    return loaders.for(
      this.viewerLeads,
      () =>
        new DataLoader<string, boolean>(async (seminarIds) => {
          const found = await rows<{ seminar_id: string; role: string }>(
            this.dataSource,
            'SELECT seminar_id, role FROM memberships WHERE user_id = $1 AND seminar_id = ANY($2::uuid[])',
            [userId, [...seminarIds]],
          );
          const leading = new Set(found.filter((r) => r.role === 'OWNER' || r.role === 'MODERATOR').map((r) => r.seminar_id));
          return seminarIds.map((id) => leading.has(id));
        }),
    );
  }
}
