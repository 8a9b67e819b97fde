import { reanchorAll, ReanchorOutcome } from '@glossa/anchoring';
import { EntityManager } from 'typeorm';
import type { ReanchorCounts } from '../readings/revision-listeners';

/** An annotation of the reading as the re-anchoring pass sees it. */
export interface ReanchorRow {
  id: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  deleted: boolean;
}

/** Where every annotation of a reading would go in `text`: the one computation behind a revision and its preview. */
export interface ReanchorPlan {
  rows: ReanchorRow[];
  outcomes: ReanchorOutcome<string>[];
}

/**
 * Re-anchors every annotation of a reading (deleted ones too: they keep their place in threads, and
 * all passages together act as landmarks) against `text`, writing nothing. The revision applies the
 * plan in its transaction; the preview shows it, so what the preview says is what the revision does.
 */
export async function planReanchoring(manager: EntityManager, readingId: string, text: string): Promise<ReanchorPlan> {
  const rows: ReanchorRow[] = await manager.query(
    `SELECT id, quote_exact AS exact, quote_prefix AS prefix, quote_suffix AS suffix, position_start AS start,
            position_end AS "end", deleted_at IS NOT NULL AS deleted
     FROM annotations WHERE reading_id = $1 ORDER BY position_start, id`,
    [readingId],
  );
  if (rows.length === 0) return { rows, outcomes: [] };
  const outcomes = reanchorAll(
    text,
    rows.map((r) => ({
      id: r.id,
      selectors: {
        quote: { type: 'TextQuoteSelector' as const, exact: r.exact, prefix: r.prefix, suffix: r.suffix },
        position: { type: 'TextPositionSelector' as const, start: r.start, end: r.end },
      },
    })),
  );
  return { rows, outcomes };
}

/** How many annotations end exact, fuzzy or orphaned (deleted ones are not counted: nobody reads them). */
export function countOutcomes(plan: ReanchorPlan, counted: (row: ReanchorRow) => boolean = () => true): ReanchorCounts {
  const counts: ReanchorCounts = { exact: 0, fuzzy: 0, orphaned: 0 };
  plan.outcomes.forEach((o, i) => {
    if (!plan.rows[i].deleted && counted(plan.rows[i])) counts[o.status] += 1;
  });
  return counts;
}
