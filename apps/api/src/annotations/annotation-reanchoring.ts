import { Injectable, OnModuleInit } from '@nestjs/common';
import { ReanchorCounts, RevisionContext, RevisionListeners } from '../readings/revision-listeners';
import { countOutcomes, planReanchoring } from './reanchor-plan';

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
   * quote and the revision they were last found in, and are retried at the next revision. An orphan
   * found again leaves the review list's dismissals behind (it is no longer an orphan).
   */
  async reanchorReading(revision: RevisionContext): Promise<ReanchorCounts> {
    const plan = await planReanchoring(revision.tx.manager, revision.readingId, revision.text);
    const { outcomes } = plan;
    if (outcomes.length === 0) return countOutcomes(plan);
    await revision.tx.manager.query(
      `UPDATE annotations AS a SET
         quote_exact = v.exact, quote_prefix = v.prefix, quote_suffix = v.suffix,
         position_start = v.start, position_end = v."end",
         anchor_status = v.status, anchor_score = v.score,
         revision_number = CASE WHEN v.status = 'orphaned' THEN a.revision_number ELSE $9 END,
         orphan_dismissed_at = CASE WHEN v.status = 'orphaned' THEN a.orphan_dismissed_at END,
         orphan_dismissed_by = CASE WHEN v.status = 'orphaned' THEN a.orphan_dismissed_by END
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
    return countOutcomes(plan);
  }
}
