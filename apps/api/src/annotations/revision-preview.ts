import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { plainEntities } from '../database/plain-entities';
import { maySee } from '../posts/post-visibility';
import type { ReanchorCounts } from '../readings/revision-listeners';
import { acceptReadingText } from '../readings/reading-text';
import { ReadingsService } from '../readings/readings.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { factsOf } from './annotation-audience';
import { AnchorStatus } from './annotation-kinds';
import { AnnotationEntity } from './annotation.entity';
import { countOutcomes, planReanchoring } from './reanchor-plan';

/** One annotation a revision would move or orphan, as its reviser may see it. */
export interface PreviewedAnnotation {
  annotation: AnnotationEntity;
  status: AnchorStatus;
  score: number;
  /** The words it would be attached to in the new text (null for an orphan). */
  newExact: string | null;
}

/** What a revision would do to the reading's annotations; nothing is written. */
export interface RevisionPreview {
  readingId: string;
  /** The revision the preview was worked out against: send it as `baseRevision` to save. */
  baseRevision: number;
  counts: ReanchorCounts;
  /** Counted above, but not listed: private annotations of others. */
  unlisted: number;
  /** The annotations that would move fuzzily or be orphaned, orphans first, in text order. */
  changed: PreviewedAnnotation[];
}

const ORDER: Record<AnchorStatus, number> = { orphaned: 0, fuzzy: 1, exact: 2 };

/**
 * The dry run of a revision (docs/documents.md, "Revising a reading"): the re-anchoring a revision
 * would run, worked out with the same plan and nothing written. Counts cover every live annotation,
 * since the revision moves them all and a number reveals no one's words; the list holds only those
 * the reviser may see — never another member's private annotation.
 */
@Injectable()
export class AnnotationRevisionPreview {
  constructor(
    private readonly dataSource: DataSource,
    private readonly readings: ReadingsService,
  ) {}

  async preview(viewer: Viewer, readingId: string, text: string): Promise<RevisionPreview> {
    const reading = await this.readings.authorize(viewer, readingId, SeminarAction.REVISE_READING);
    const accepted = acceptReadingText(text);
    const manager = this.dataSource.manager;
    const plan = await planReanchoring(manager, readingId, accepted);
    const live = plan.rows.filter((r) => !r.deleted).map((r) => r.id);
    // A reviser owns or moderates the seminar: they see hidden and pending posts, not others' private ones.
    const listed = new Map(
      (await this.entities(manager, live))
        .filter((a) => maySee(factsOf(a), { userId: viewer.userId, moderates: true }))
        .map((a) => [a.id, a]),
    );
    const changed: PreviewedAnnotation[] = [];
    for (const o of plan.outcomes) {
      const annotation = listed.get(o.id);
      if (o.status === 'exact' || !annotation) continue;
      changed.push({
        annotation,
        status: o.status as AnchorStatus,
        score: o.score,
        newExact: o.status === 'orphaned' ? null : o.selectors.quote.exact,
      });
    }
    changed.sort(
      (a, b) => ORDER[a.status] - ORDER[b.status] || a.annotation.positionStart - b.annotation.positionStart,
    );
    return {
      readingId,
      baseRevision: reading.currentRevisionNumber,
      counts: countOutcomes(plan),
      unlisted: live.length - listed.size,
      changed,
    };
  }

  private async entities(manager: EntityManager, ids: string[]): Promise<AnnotationEntity[]> {
    if (ids.length === 0) return [];
    return plainEntities(
      manager.getRepository(AnnotationEntity).createQueryBuilder('a').where('a.id = ANY(:ids)', { ids }),
    );
  }
}
