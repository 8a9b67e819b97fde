import { Injectable, OnModuleInit } from '@nestjs/common';
import { reanchorAll } from '@glossa/anchoring';
import { ReanchorCounts, RevisionContext, RevisionListeners } from '../readings/revision-listeners';

/** Moves every annotation of a reading to its new text when the reading is revised. */
@Injectable()
export class AnnotationReanchoring implements OnModuleInit {
  constructor(private readonly revisionListeners: RevisionListeners) {}

  onModuleInit(): void {
    this.revisionListeners.register((revision) => this.reanchorReading(revision));
  }

  /**
   * Re-anchors every annotation of a reading to its new revision in one pass, inside the revision's
   * transaction: found passages get fresh selectors and the new revision number; orphans keep their
   * quote and the revision they were last found in, and are retried at the next revision.
   */
  async reanchorReading(revision: RevisionContext): Promise<ReanchorCounts> {
    const rows: Array<{ id: string; exact: string; prefix: string; suffix: string; start: number; end: number }> =
      await revision.tx.manager.query(
        `SELECT id, quote_exact AS exact, quote_prefix AS prefix, quote_suffix AS suffix, position_start AS start, position_end AS "end"
         FROM annotations WHERE reading_id = $1`,
        [revision.readingId],
      );
    const counts: ReanchorCounts = { exact: 0, fuzzy: 0, orphaned: 0 };
    if (rows.length === 0) return counts;
    const outcomes = reanchorAll(
      revision.text,
      rows.map((r) => ({
        id: r.id,
        selectors: {
          quote: { type: 'TextQuoteSelector' as const, exact: r.exact, prefix: r.prefix, suffix: r.suffix },
          position: { type: 'TextPositionSelector' as const, start: r.start, end: r.end },
        },
      })),
    );
    for (const o of outcomes) counts[o.status] += 1;
    await revision.tx.manager.query(
      `UPDATE annotations AS a SET
         quote_exact = v.exact, quote_prefix = v.prefix, quote_suffix = v.suffix,
         position_start = v.start, position_end = v."end",
         anchor_status = v.status, anchor_score = v.score,
         revision_number = CASE WHEN v.status = 'orphaned' THEN a.revision_number ELSE $9 END
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[], $8::real[])
         AS v(id, exact, prefix, suffix, start, "end", status, score)
       WHERE a.id = v.id`,
      [
        outcomes.map((o) => o.id),
        outcomes.map((o) => o.selectors.quote.exact),
        outcomes.map((o) => o.selectors.quote.prefix),
        outcomes.map((o) => o.selectors.quote.suffix),
        outcomes.map((o) => o.selectors.position?.start ?? 0),
        outcomes.map((o) => o.selectors.position?.end ?? 0),
        outcomes.map((o) => o.status),
        outcomes.map((o) => o.score),
        revision.revisionNumber,
      ],
    );
    return counts;
  }
}
