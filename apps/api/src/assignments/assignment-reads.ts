import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UsersService } from '../auth/users.service';
import type { Viewer } from '../auth/viewer';
import { NotFoundError } from '../errors/glossa-error';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { decide, SeminarAction } from '../seminars/seminar-policy';
import { AssignmentModel, AssignmentProgressModel } from './assignment.model';
import { ASSIGNMENT_COLUMNS, assignmentOf, AssignmentRow, progressOf, ProgressRow } from './assignment-row';

/**
 * Assignments as a viewer may read them: members see those already open, each with their own
 * progress; owners and moderators see all of them, and everyone's progress.
 */
@Injectable()
export class AssignmentReads {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SeminarAccessService,
    private readonly users: UsersService,
  ) {}

  async list(viewer: Viewer, seminarId: string, readingId?: string): Promise<AssignmentModel[]> {
    const role = await this.access.requireInRequest(viewer, seminarId, SeminarAction.VIEW);
    const leads = decide(role, SeminarAction.MANAGE_ASSIGNMENTS) === 'ALLOW';
    const rows: Array<AssignmentRow & ProgressRow> = await this.dataSource.query(
      `SELECT ${prefixed('x')}, $2::uuid AS user_id, p.posts, p.completed_at, p.extended_due_at
         FROM assignments x
         LEFT JOIN assignment_progress p ON p.assignment_id = x.id AND p.user_id = $2
        WHERE x.seminar_id = $1 AND ($3::boolean OR x.opens_at <= now())
          AND ($4::uuid IS NULL OR x.reading_id = $4::uuid)
        ORDER BY x.due_at, x.created_at, x.id`,
      [seminarId, viewer.userId, leads, readingId ?? null],
    );
    const now = new Date();
    return rows.map((row) => assignmentOf(row, progressOf(row, row, { displayName: viewer.displayName, leads }, now)));
  }

  /** Every member's progress on an assignment (owners and moderators), members by name. */
  async progress(viewer: Viewer, assignmentId: string): Promise<AssignmentProgressModel[]> {
    const assignment = await this.find(assignmentId);
    const notFound = new NotFoundError('No such assignment.');
    if (!assignment) throw notFound;
    await this.access
      .requireInRequest(viewer, assignment.seminar_id, SeminarAction.MANAGE_ASSIGNMENTS)
      .catch((error: unknown) => {
        throw error instanceof NotFoundError ? notFound : error;
      });
    const rows: Array<ProgressRow & { role: string }> = await this.dataSource.query(
      `SELECT m.user_id, m.role, p.posts, p.completed_at, p.extended_due_at
         FROM memberships m
         LEFT JOIN assignment_progress p ON p.assignment_id = $2 AND p.user_id = m.user_id
        WHERE m.seminar_id = $1 ORDER BY m.user_id`,
      [assignment.seminar_id, assignmentId],
    );
    const people = await this.users.byId(viewer.loaders).loadMany(rows.map((r) => r.user_id));
    const now = new Date();
    return rows
      .map((row, i) => {
        const person = people[i];
        const displayName = person && !(person instanceof Error) ? person.displayName : 'Former member';
        const leads = row.role === 'OWNER' || row.role === 'MODERATOR';
        return progressOf(assignment, row, { displayName, leads }, now);
      })
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  async find(assignmentId: string): Promise<AssignmentRow | null> {
    const [row]: AssignmentRow[] = await this.dataSource.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignments WHERE id = $1`,
      [assignmentId],
    );
    return row ?? null;
  }
}

function prefixed(alias: string): string {
  return ASSIGNMENT_COLUMNS.split(',')
    .map((column) => `${alias}.${column.trim()}`)
    .join(', ');
}
