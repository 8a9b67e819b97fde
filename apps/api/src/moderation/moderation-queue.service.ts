import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { Moderation } from '../posts/moderation-state';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { flagModel, SUBJECT_OF } from './flag-model';
import { ModerationQueueItemModel } from './moderation.models';

/** The moderation desk's queue: pending posts and open flags of a seminar, oldest first. */
@Injectable()
export class ModerationQueueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SeminarAccessService,
  ) {}

  async queue(viewer: Viewer, seminarId: string): Promise<ModerationQueueItemModel[]> {
    await this.access.require(viewer, seminarId, SeminarAction.MODERATE);
    const rows: Array<{
      kind: string;
      subject_type: string;
      subject_id: string;
      excerpt: string;
      author_name: string;
      moderation: Moderation;
      created_at: Date;
      flag_id: string | null;
      flag_reason: string | null;
      reporter_name: string | null;
      debate_id: string | null;
      reading_id: string | null;
      quote: string | null;
    }> = await this.dataSource.query(
      // One statement, ordered by the database: it still reads the annotations, comments, threads,
      // claims and users tables of other modules (see docs/architecture.md, "Module layers").
      `WITH posts AS (
         SELECT 'annotation' AS subject_type, a.id, a.body, a.author_id, a.moderation, a.created_at, NULL::uuid AS debate_id, a.reading_id, a.quote_exact AS quote
           FROM annotations a WHERE a.seminar_id = $1
         UNION ALL
         SELECT 'comment', c.id, c.body, c.author_id, c.moderation, c.created_at, cl.debate_id, an.reading_id, NULL
           FROM comments c JOIN threads t ON t.id = c.thread_id
           LEFT JOIN claims cl ON t.subject_type = 'claim' AND cl.id = t.subject_id
           LEFT JOIN annotations an ON t.subject_type = 'annotation' AND an.id = t.subject_id
          WHERE c.seminar_id = $1
         UNION ALL
         SELECT 'claim', cl.id, cl.body, cl.author_id, cl.moderation, cl.created_at, cl.debate_id, NULL, NULL
           FROM claims cl WHERE cl.seminar_id = $1)
       SELECT 'PENDING_POST' AS kind, p.subject_type, p.id AS subject_id, left(p.body, 300) AS excerpt, u.display_name AS author_name, p.moderation,
              p.created_at, NULL AS flag_id, NULL AS flag_reason, NULL AS reporter_name, p.debate_id, p.reading_id, p.quote
         FROM posts p JOIN users u ON u.id = p.author_id WHERE p.moderation = 'PENDING'
       UNION ALL
       SELECT 'FLAG', f.subject_type, f.subject_id, left(p.body, 300), u.display_name, p.moderation,
              f.created_at, f.id, f.reason, r.display_name, p.debate_id, p.reading_id, p.quote
         FROM flags f JOIN posts p ON p.id = f.subject_id AND p.subject_type = f.subject_type
         JOIN users u ON u.id = p.author_id JOIN users r ON r.id = f.reporter_id
        WHERE f.seminar_id = $1 AND f.status = 'OPEN'
       ORDER BY created_at, subject_id`,
      [seminarId],
    );
    return rows.map((r) =>
      Object.assign(new ModerationQueueItemModel(), {
        kind: r.kind,
        subjectType: SUBJECT_OF[r.subject_type],
        subjectId: r.subject_id,
        excerpt: r.excerpt,
        authorName: r.author_name,
        moderation: r.moderation,
        createdAt: r.created_at,
        flag: r.flag_id
          ? flagModel({
              id: r.flag_id,
              subject_type: r.subject_type,
              subject_id: r.subject_id,
              reason: r.flag_reason ?? '',
              status: 'OPEN',
              created_at: r.created_at,
              reporter_name: r.reporter_name ?? '',
            })
          : null,
        debateId: r.debate_id,
        readingId: r.reading_id,
        quote: r.quote,
      }),
    );
  }
}
