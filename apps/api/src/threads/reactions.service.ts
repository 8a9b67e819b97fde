import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Transaction } from '../database/transaction-runner';
import { loadersFor, RequestContext } from '../graphql/request-context';
import { emptyCounts, ReactionCounts, ReactionKind, ReactionSubject } from './reaction-kind';
import { ReactionSummaryModel } from './thread.models';

/** Reactions on annotations, replies and (later) claims: one of each kind per person and post. */
@Injectable()
export class ReactionsService {
  constructor(private readonly dataSource: DataSource) {}

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

  /** Reaction summaries (every kind, with counts and "mine") for posts, by `type:id`, one query per request. */
  summaries(context: RequestContext): DataLoader<string, ReactionSummaryModel[]> {
    return loadersFor(context, this.summaries, () => {
      const me = context.req.viewer?.userId ?? null;
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
    const rows: Array<{ subject_type: string; subject_id: string; kind: ReactionKind; count: number; mine: boolean }> =
      await this.dataSource.query(
        `SELECT r.subject_type, r.subject_id, r.kind, count(*)::int AS count, bool_or(r.user_id = $3) AS mine
           FROM reactions r
           JOIN unnest($1::text[], $2::uuid[]) AS s(subject_type, subject_id) USING (subject_type, subject_id)
          GROUP BY r.subject_type, r.subject_id, r.kind`,
        [types, ids, me],
      );
    const byKey = new Map<string, ReactionSummaryModel[]>();
    for (const row of rows) {
      const key = `${row.subject_type}:${row.subject_id}`;
      let summaries = byKey.get(key);
      if (!summaries) {
        summaries = [...NONE];
        byKey.set(key, summaries);
      }
      summaries[KIND_ORDER.get(row.kind) as number] = Object.assign(new ReactionSummaryModel(), {
        kind: row.kind,
        count: row.count,
        mine: row.mine === true,
      });
    }
    // The shared frozen list: a caller that tried to change it would throw, not corrupt other posts.
    return keys.map((key) => byKey.get(key) ?? (NONE as ReactionSummaryModel[]));
  }
}

const KINDS = Object.values(ReactionKind);
const KIND_ORDER = new Map(KINDS.map((kind, index) => [kind, index]));

/**
 * Every kind with no reaction. Most posts have none, and the reading view lists every kind of every
 * post (tens of thousands of summaries): they share these frozen objects rather than each get four.
 */
const NONE: readonly ReactionSummaryModel[] = Object.freeze(
  KINDS.map((kind) => Object.freeze(Object.assign(new ReactionSummaryModel(), { kind, count: 0, mine: false }))),
);
