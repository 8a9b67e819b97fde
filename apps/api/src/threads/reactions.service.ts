import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Transaction } from '../database/transaction-runner';
import { EventLog } from '../events/event-log';
import type { Viewer } from '../auth/viewer';
import { emptyCounts, ReactionCounts, ReactionKind, ReactionSubject } from './reaction-kind';
import { ReactionSummaryModel } from './thread.models';

/** Reactions on annotations, replies and (later) claims: one of each kind per person and post. */
@Injectable()
export class ReactionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventLog,
  ) {}

  /**
   * One person's reaction given or taken back, and `reaction.changed` with the new counts sent to
   * `rooms` (those who may see the post: the caller decides). Returns the counts.
   */
  async react(
    tx: Transaction,
    subject: { type: ReactionSubject; id: string },
    viewer: Viewer,
    reaction: { kind: ReactionKind; active: boolean },
    rooms: readonly string[],
  ): Promise<ReactionCounts> {
    const counts = await this.set(tx, subject.type, subject.id, viewer.userId, reaction.kind, reaction.active);
    const payload = {
      subjectType: subject.type,
      subjectId: subject.id,
      userId: viewer.userId,
      kind: reaction.kind,
      added: reaction.active,
      counts,
    };
    for (const to of rooms) await this.events.append(tx, to, 'reaction.changed', payload, viewer.userId);
    return counts;
  }

  /** Adds or takes back one reaction (both idempotent) and returns the post's counts after it. */
  async set(
    tx: Transaction,
    subjectType: ReactionSubject,
    subjectId: string,
    userId: string,
    kind: ReactionKind,
    active: boolean,
  ): Promise<ReactionCounts> {
    if (active) {
      await tx.manager.query(
        'INSERT INTO reactions (subject_type, subject_id, user_id, kind) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
        [subjectType, subjectId, userId, kind],
      );
    } else {
      await tx.manager.query(
        'DELETE FROM reactions WHERE subject_type = $1 AND subject_id = $2 AND user_id = $3 AND kind = $4',
        [subjectType, subjectId, userId, kind],
      );
    }
    const rows: Array<{ kind: ReactionKind; count: number }> = await tx.manager.query(
      'SELECT kind, count(*)::int AS count FROM reactions WHERE subject_type = $1 AND subject_id = $2 GROUP BY kind',
      [subjectType, subjectId],
    );
    const counts = emptyCounts();
    for (const row of rows) counts[row.kind] = row.count;
    return counts;
  }

  /**
   * Reaction summaries for posts, by `type:id`, one query per request: the kinds someone gave, each
   * with its count and "mine", in a fixed order. Kinds nobody gave are left out (as GitHub's reaction
   * groups and the web client's store do): on the reading view most of ~20,000 posts have none, and
   * four zero counts each were a third of its response.
   */
  summaries(viewer: Viewer): DataLoader<string, ReactionSummaryModel[]> {
    return viewer.loaders.for(this.summaries, () => {
      const me = viewer.userId;
      return new DataLoader<string, ReactionSummaryModel[]>((keys) => this.summariesOf(keys, me));
    });
  }

  /** Reaction summaries of many posts (keys `type:id`) in one statement, in the keys' order. */
  async summariesOf(keys: readonly string[], me: string | null): Promise<ReactionSummaryModel[][]> {
    if (keys.length === 0) return [];
    const types: string[] = [];
    const ids: string[] = [];
    for (const key of keys) {
      const colon = key.indexOf(':');
      types.push(key.slice(0, colon));
      ids.push(key.slice(colon + 1));
    }
    const byKey = groupSummaries(
      await this.dataSource.query(
        `SELECT r.subject_type, r.subject_id, r.kind, count(*)::int AS count, bool_or(r.user_id = $3) AS mine
           FROM reactions r
           JOIN unnest($1::text[], $2::uuid[]) AS s(subject_type, subject_id) USING (subject_type, subject_id)
          GROUP BY r.subject_type, r.subject_id, r.kind
          ORDER BY array_position($4::text[], r.kind)`,
        [types, ids, me, KINDS],
      ),
    );
    return keys.map((key) => summariesFor(byKey, key));
  }

  /**
   * The reaction summaries of some annotations and of every reply in their threads, in one
   * statement that needs only the annotations (so it can run alongside the query for the replies):
   * a lookup by `type:id`.
   */
  async summariesInThreads(
    annotationIds: readonly string[],
    threadIds: readonly string[],
    me: string | null,
  ): Promise<(key: string) => ReactionSummaryModel[]> {
    const byKey =
      annotationIds.length === 0
        ? new Map<string, ReactionSummaryModel[]>()
        : groupSummaries(
            await this.dataSource.query(
              `SELECT r.subject_type, r.subject_id, r.kind, count(*)::int AS count, bool_or(r.user_id = $3) AS mine
                 FROM reactions r
                WHERE (r.subject_type = 'annotation' AND r.subject_id = ANY($1::uuid[]))
                   OR (r.subject_type = 'comment'
                       AND r.subject_id IN (SELECT c.id FROM comments c WHERE c.thread_id = ANY($2::uuid[])))
                GROUP BY r.subject_type, r.subject_id, r.kind
                ORDER BY array_position($4::text[], r.kind)`,
              [annotationIds, threadIds, me, KINDS],
            ),
          );
    return (key) => summariesFor(byKey, key);
  }
}

interface SummaryRow {
  subject_type: string;
  subject_id: string;
  kind: ReactionKind;
  count: number;
  mine: boolean;
}

/** Summary rows (already in kind order) as lists by `type:id`. */
function groupSummaries(rows: readonly SummaryRow[]): Map<string, ReactionSummaryModel[]> {
  const byKey = new Map<string, ReactionSummaryModel[]>();
  for (const row of rows) {
    const key = `${row.subject_type}:${row.subject_id}`;
    const summary = Object.assign(new ReactionSummaryModel(), {
      kind: row.kind,
      count: row.count,
      mine: row.mine === true,
    });
    const summaries = byKey.get(key);
    if (summaries) summaries.push(summary);
    else byKey.set(key, [summary]);
  }
  return byKey;
}

/** A post's summaries; the shared frozen empty list when it has none (changing it would throw). */
function summariesFor(byKey: ReadonlyMap<string, ReactionSummaryModel[]>, key: string): ReactionSummaryModel[] {
  return byKey.get(key) ?? (NONE as ReactionSummaryModel[]);
}

/** The order kinds are listed in (agree, disagree, insightful, same question). */
const KINDS = Object.values(ReactionKind);

/** No reaction: what most posts have, one shared frozen list for all of them. */
const NONE: readonly ReactionSummaryModel[] = Object.freeze([]);
