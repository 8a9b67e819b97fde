import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RevealGate } from '../assignment-rules/reveal-gate';
import type { Viewer } from '../auth/viewer';
import { ForbiddenError } from '../errors/glossa-error';
import type { TextBlock } from '../readings/reading-structure';
import { ReadingsService } from '../readings/readings.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { annotationPrivateTo, countedPostSql } from './counted-post';
import { DiscussionMapModel, PassageActivityModel } from './discussion-map.model';
import { ranked } from './passage-ranking';
import { passageStarts } from './passages';

interface RevisionRow {
  number: number;
  blocks: TextBlock[];
  length: number;
  text: string | null;
}

interface PassageRow {
  passage: number;
  annotations: number;
  questions: number;
  replies: number;
  disagree_reactions: number;
  pro_claims: number;
  con_claims: number;
}

/**
 * The discussion map of a reading (docs/leader-tools.md): per passage, how many annotations and
 * questions, how many replies and DISAGREE reactions, how many claims cite it on each side. Like
 * search, it is a read model across the annotations, threads and debates tables (one aggregate
 * cannot be assembled from per-module services without a statement per passage), restating the
 * visibility rule of `countsFor` in SQL. Whatever the number of annotations: the reading with the
 * caller's role, the revision's structure, and one aggregate.
 */
@Injectable()
export class DiscussionMapService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly readings: ReadingsService,
    private readonly assignments: RevealGate,
  ) {}

  async map(viewer: Viewer, readingId: string, requestedStarts?: number[] | null): Promise<DiscussionMapModel> {
    const reading = await this.readings.authorize(viewer, readingId, SeminarAction.VIEW_DISCUSSION_MAP);
    // Members see where the class wrote once hide-until-you-post no longer keeps it from them
    // (docs/assignments.md); it never hides anything from owners and moderators.
    const kept = await this.assignments.keepsOutOfRoom(viewer.userId, reading.id);
    if (kept === 'HIDDEN_UNTIL_POSTED')
      throw new ForbiddenError(
        'The discussion map opens once you have posted on this reading: its assignment hides the others’ posts until then.',
      );
    // The map counts every group's posts (docs/small-groups.md).
    if (kept === 'IN_GROUPS')
      throw new ForbiddenError('This reading is discussed in groups: its discussion map is for owners and moderators.');
    const [revision]: RevisionRow[] = await this.dataSource.query(
      `SELECT v.number, v.blocks, char_length(v.text) AS length,
              CASE WHEN $2::boolean AND jsonb_array_length(v.blocks) = 0 THEN v.text END AS text
         FROM reading_revisions v WHERE v.reading_id = $1 AND v.number = $3`,
      [reading.id, !requestedStarts, reading.currentRevisionNumber],
    );
    const starts = passageStarts(requestedStarts, revision.blocks, () => revision.text ?? '', revision.length);
    const rows: PassageRow[] = await this.dataSource.query(discussionMapSql('$3'), [
      reading.id,
      revision.number,
      viewer.userId,
      starts,
    ]);
    const byPassage = new Map(rows.map((row) => [row.passage, row]));
    const passages = starts.map((start, index) =>
      toActivity(index, start, starts[index + 1] ?? revision.length, byPassage.get(index)),
    );
    return Object.assign(new DiscussionMapModel(), {
      readingId: reading.id,
      revisionNumber: revision.number,
      passages,
      mostQuestioned: ranked(passages, (p) => p.questions),
      mostContested: ranked(passages, (p) => p.disagreement),
      mostCited: ranked(passages, (p) => p.citingClaims),
    });
  }
}

/**
 * One aggregate: $1 the reading, $2 its current revision, `me` the viewer, $4 the passages' starts.
 * An annotation belongs to the passage its first character is in (`width_bucket` over the starts);
 * orphaned annotations have no place in the text and count nowhere. A claim citing several
 * annotations of one passage counts once there. A later per-assignment filter restricts `a`; a
 * later "hidden from this member" rule is one more condition in `countedPostSql`.
 */
export function discussionMapSql(me: string): string {
  return `WITH a AS (
      SELECT a.id, a.thread_id, a.motivation, width_bucket(a.position_start, $4::int[]) - 1 AS passage
        FROM annotations a
       WHERE a.reading_id = $1 AND a.revision_number = $2 AND a.anchor_status <> 'orphaned'
         AND ${countedPostSql({ alias: 'a', privateTo: annotationPrivateTo('a') }, me)}),
    r AS (
      SELECT a.passage, c.id FROM a
        JOIN comments c ON c.thread_id = a.thread_id
        JOIN threads t ON t.id = c.thread_id
       WHERE ${countedPostSql({ alias: 'c', privateTo: 't.private_to' }, me)}),
    cited AS (
      SELECT DISTINCT a.passage, cl.id, cl.stance FROM a
        JOIN claim_evidence e ON e.annotation_id = a.id
        JOIN claims cl ON cl.id = e.claim_id
       WHERE ${countedPostSql({ alias: 'cl', privateTo: 'NULL::uuid' }, me)}),
    facts AS (
      SELECT passage, 1 AS annotations, (motivation = 'questioning')::int AS questions, 0 AS replies,
             0 AS disagree_reactions, 0 AS pro_claims, 0 AS con_claims FROM a
      UNION ALL SELECT passage, 0, 0, 1, 0, 0, 0 FROM r
      UNION ALL SELECT a.passage, 0, 0, 0, 1, 0, 0 FROM a
        JOIN reactions x ON x.subject_type = 'annotation' AND x.subject_id = a.id AND x.kind = 'DISAGREE'
      UNION ALL SELECT r.passage, 0, 0, 0, 1, 0, 0 FROM r
        JOIN reactions x ON x.subject_type = 'comment' AND x.subject_id = r.id AND x.kind = 'DISAGREE'
      UNION ALL SELECT passage, 0, 0, 0, 0, (stance = 'PRO')::int, (stance = 'CON')::int FROM cited)
    SELECT passage, sum(annotations)::int AS annotations, sum(questions)::int AS questions,
           sum(replies)::int AS replies, sum(disagree_reactions)::int AS disagree_reactions,
           sum(pro_claims)::int AS pro_claims, sum(con_claims)::int AS con_claims
      FROM facts GROUP BY passage`;
}

function toActivity(index: number, start: number, end: number, row: PassageRow | undefined): PassageActivityModel {
  const counts = {
    annotations: row?.annotations ?? 0,
    questions: row?.questions ?? 0,
    replies: row?.replies ?? 0,
    disagreeReactions: row?.disagree_reactions ?? 0,
    proClaims: row?.pro_claims ?? 0,
    conClaims: row?.con_claims ?? 0,
  };
  const citingClaims = counts.proClaims + counts.conClaims;
  return Object.assign(new PassageActivityModel(), {
    index,
    start,
    end,
    ...counts,
    citingClaims,
    disagreement: counts.disagreeReactions + counts.replies + citingClaims,
  });
}
