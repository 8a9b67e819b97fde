import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserModel } from '../auth/user.model';
import type { Viewer } from '../auth/viewer';
import { NotFoundError } from '../errors/glossa-error';
import { ReadingsService } from '../readings/readings.service';
import { Role } from '../seminars/role';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { annotationPrivateTo, countedPostSql } from './counted-post';
import { ParticipationFiguresModel } from './participation.model';

interface FiguresRow {
  user_id: string;
  display_name: string;
  role: Role;
  annotations: number;
  questions: number;
  replies_given: number;
  replies_received: number;
  reactions_received: number;
  claims: number;
  evidence_cited: number;
  votes: number;
}

/**
 * Participation without surveillance (docs/leader-tools.md): per member, counts of what they wrote —
 * never time on page, scrolling or visits, which Glossa does not record. Owners and moderators see
 * everyone's; each member sees their own. A read model like the discussion map: one aggregate
 * statement whatever the seminar's size, restating `countsFor` in SQL.
 */
@Injectable()
export class ParticipationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SeminarAccessService,
    private readonly readings: ReadingsService,
  ) {}

  /** Every member's figures, by name: owners and moderators only. */
  async everyone(viewer: Viewer, seminarId: string, readingId?: string | null): Promise<ParticipationFiguresModel[]> {
    await this.access.requireInRequest(viewer, seminarId, SeminarAction.VIEW_PARTICIPATION);
    await this.checkReading(viewer, seminarId, readingId);
    return this.figures(viewer, seminarId, readingId ?? null, null);
  }

  /** The viewer's own figures, for any member (a leader's own too). */
  async mine(viewer: Viewer, seminarId: string, readingId?: string | null): Promise<ParticipationFiguresModel> {
    await this.access.requireInRequest(viewer, seminarId, SeminarAction.VIEW);
    await this.checkReading(viewer, seminarId, readingId);
    const [figures] = await this.figures(viewer, seminarId, readingId ?? null, viewer.userId);
    return figures;
  }

  /** A reading of another seminar is NOT_FOUND here, as everywhere. */
  private async checkReading(viewer: Viewer, seminarId: string, readingId?: string | null): Promise<void> {
    if (!readingId) return;
    const reading = await this.readings.authorize(viewer, readingId, SeminarAction.VIEW);
    if (reading.seminarId !== seminarId) throw new NotFoundError('No such reading in this seminar.');
  }

  private async figures(
    viewer: Viewer,
    seminarId: string,
    readingId: string | null,
    onlyUserId: string | null,
  ): Promise<ParticipationFiguresModel[]> {
    const rows: FiguresRow[] = await this.dataSource.query(participationSql('$2'), [
      seminarId,
      viewer.userId,
      readingId,
      onlyUserId,
    ]);
    return rows.map(toFigures);
  }
}

/**
 * $1 the seminar, `me` the viewer, $3 a reading or NULL (the whole seminar), $4 one member or NULL.
 * With a reading: its annotations, the replies in their threads, the claims citing them (and those
 * claims' threads, evidence and votes). Reactions and replies one gives oneself are not "received".
 * A later per-assignment filter restricts `a` and `cl`; a later "hidden from this member" rule is
 * one more condition in `countedPostSql`.
 */
export function participationSql(me: string): string {
  return `WITH a AS (
      SELECT a.id, a.author_id, a.motivation, a.thread_id FROM annotations a
       WHERE a.seminar_id = $1 AND ($3::uuid IS NULL OR a.reading_id = $3::uuid)
         AND ${countedPostSql({ alias: 'a', privateTo: annotationPrivateTo('a') }, me)}),
    cl AS (
      SELECT cl.id, cl.author_id, cl.thread_id FROM claims cl
       WHERE cl.seminar_id = $1 AND ${countedPostSql({ alias: 'cl', privateTo: 'NULL::uuid' }, me)}
         AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM claim_evidence e JOIN a ON a.id = e.annotation_id WHERE e.claim_id = cl.id))),
    subjects AS (SELECT thread_id, author_id FROM a UNION ALL SELECT thread_id, author_id FROM cl),
    r AS (
      SELECT c.id, c.author_id, s.author_id AS subject_author FROM subjects s
        JOIN comments c ON c.thread_id = s.thread_id
        JOIN threads t ON t.id = c.thread_id
       WHERE ${countedPostSql({ alias: 'c', privateTo: 't.private_to' }, me)}),
    reacted AS (
      SELECT a.author_id AS owner, x.user_id FROM a JOIN reactions x ON x.subject_type = 'annotation' AND x.subject_id = a.id
      UNION ALL SELECT cl.author_id, x.user_id FROM cl JOIN reactions x ON x.subject_type = 'claim' AND x.subject_id = cl.id
      UNION ALL SELECT r.author_id, x.user_id FROM r JOIN reactions x ON x.subject_type = 'comment' AND x.subject_id = r.id),
    facts AS (
      SELECT author_id AS person, 1 AS annotations, (motivation = 'questioning')::int AS questions, 0 AS given,
             0 AS received, 0 AS reactions, 0 AS claims, 0 AS evidence, 0 AS votes FROM a
      UNION ALL SELECT author_id, 0, 0, 1, 0, 0, 0, 0, 0 FROM r
      UNION ALL SELECT subject_author, 0, 0, 0, 1, 0, 0, 0, 0 FROM r WHERE author_id <> subject_author
      UNION ALL SELECT owner, 0, 0, 0, 0, 1, 0, 0, 0 FROM reacted WHERE user_id <> owner
      UNION ALL SELECT author_id, 0, 0, 0, 0, 0, 1, 0, 0 FROM cl
      UNION ALL SELECT e.created_by, 0, 0, 0, 0, 0, 0, 1, 0 FROM claim_evidence e
        JOIN cl ON cl.id = e.claim_id JOIN a ON a.id = e.annotation_id
      UNION ALL SELECT v.user_id, 0, 0, 0, 0, 0, 0, 0, 1 FROM votes v JOIN cl ON cl.id = v.claim_id),
    totals AS (
      SELECT person, sum(annotations)::int AS annotations, sum(questions)::int AS questions,
             sum(given)::int AS replies_given, sum(received)::int AS replies_received,
             sum(reactions)::int AS reactions_received, sum(claims)::int AS claims,
             sum(evidence)::int AS evidence_cited, sum(votes)::int AS votes
        FROM facts GROUP BY person)
    SELECT m.user_id, u.display_name, m.role,
           coalesce(t.annotations, 0) AS annotations, coalesce(t.questions, 0) AS questions,
           coalesce(t.replies_given, 0) AS replies_given, coalesce(t.replies_received, 0) AS replies_received,
           coalesce(t.reactions_received, 0) AS reactions_received, coalesce(t.claims, 0) AS claims,
           coalesce(t.evidence_cited, 0) AS evidence_cited, coalesce(t.votes, 0) AS votes
      FROM memberships m
      JOIN users u ON u.id = m.user_id
      LEFT JOIN totals t ON t.person = m.user_id
     WHERE m.seminar_id = $1 AND ($4::uuid IS NULL OR m.user_id = $4::uuid)
     ORDER BY lower(u.display_name), m.user_id`;
}

function toFigures(row: FiguresRow): ParticipationFiguresModel {
  return Object.assign(new ParticipationFiguresModel(), {
    member: UserModel.from({ id: row.user_id, displayName: row.display_name }),
    role: row.role,
    annotations: row.annotations,
    questions: row.questions,
    repliesGiven: row.replies_given,
    repliesReceived: row.replies_received,
    reactionsReceived: row.reactions_received,
    claims: row.claims,
    evidenceCited: row.evidence_cited,
    votes: row.votes,
  });
}
