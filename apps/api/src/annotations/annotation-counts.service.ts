import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { notHiddenByAssignmentSql } from '../assignment-rules/hide-until-posted';
import type { Viewer } from '../auth/viewer';
import { moderationVisible } from '../posts/moderation-state';

export interface AnnotationCounts {
  total: number;
  /** By others, since the moment asked about (0 when no moment is given). */
  fresh: number;
}

/**
 * How many annotations of each reading the viewer may see — the same rule as the reading room
 * (seminar-visible or their own, moderation-visible, not deleted) — and how many of those others
 * wrote after a given moment. One statement for a page of readings.
 */
@Injectable()
export class AnnotationCountsService {
  constructor(private readonly dataSource: DataSource) {}

  counts(viewer: Viewer, since: Date | null): DataLoader<string, AnnotationCounts> {
    const key = since ? since.toISOString() : 'never';
    const loaders = viewer.loaders.for(this.counts, () => new Map<string, DataLoader<string, AnnotationCounts>>());
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, AnnotationCounts>(async (readingIds) => {
        const rows: Array<{ reading_id: string; total: string; fresh: string }> = await this.dataSource
          .createQueryBuilder()
          .select('a.reading_id', 'reading_id')
          .addSelect('count(*)', 'total')
          .addSelect(`count(*) FILTER (WHERE :since::timestamptz IS NOT NULL AND a.created_at > :since::timestamptz AND a.author_id <> :me)`, 'fresh')
          .from('annotations', 'a')
          .where('a.reading_id IN (:...readingIds)', { readingIds: [...readingIds] })
          .andWhere(`(a.visibility = 'SEMINAR' OR a.author_id = :me)`)
          .andWhere(moderationVisible('a'))
          .andWhere('a.deleted_at IS NULL')
          // Hide until you post hides how many the others wrote too (docs/assignments.md).
          .andWhere(notHiddenByAssignmentSql('a', ':me'))
          .setParameters({ me: viewer.userId, since: since ? since.toISOString() : null })
          .groupBy('a.reading_id')
          .getRawMany();
        const byReading = new Map(rows.map((r) => [r.reading_id, { total: Number(r.total), fresh: Number(r.fresh) }]));
        return readingIds.map((id) => byReading.get(id) ?? { total: 0, fresh: 0 });
      });
      loaders.set(key, loader);
    }
    return loader;
  }
}
