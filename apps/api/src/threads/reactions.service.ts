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
      return new DataLoader<string, ReactionSummaryModel[]>(async (keys) => {
        const pairs = keys.map((k) => k.split(':'));
        const rows: Array<{
          subject_type: string;
          subject_id: string;
          kind: ReactionKind;
          count: number;
          mine: boolean;
        }> = await this.dataSource.query(
          `SELECT r.subject_type, r.subject_id, r.kind, count(*)::int AS count, bool_or(r.user_id = $3) AS mine
             FROM reactions r
             JOIN unnest($1::text[], $2::uuid[]) AS s(subject_type, subject_id) USING (subject_type, subject_id)
            GROUP BY r.subject_type, r.subject_id, r.kind`,
          [pairs.map(([t]) => t), pairs.map(([, id]) => id), me],
        );
        const byKey = new Map<string, ReactionSummaryModel[]>();
        for (const row of rows) {
          const key = `${row.subject_type}:${row.subject_id}`;
          const list = byKey.get(key) ?? [];
          list.push(
            Object.assign(new ReactionSummaryModel(), { kind: row.kind, count: row.count, mine: row.mine === true }),
          );
          byKey.set(key, list);
        }
        return keys.map((key) => {
          const found = byKey.get(key) ?? [];
          return Object.values(ReactionKind).map(
            (kind) =>
              found.find((s) => s.kind === kind) ??
              Object.assign(new ReactionSummaryModel(), { kind, count: 0, mine: false }),
          );
        });
      });
    });
  }
}
