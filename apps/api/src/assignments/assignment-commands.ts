import { Injectable } from '@nestjs/common';
import { seminarRoom } from '@glossa/contracts';
import { randomUUID } from 'node:crypto';
import { UsersService } from '../auth/users.service';
import type { Viewer } from '../auth/viewer';
import { isUniqueViolation, Transaction, TransactionRunner } from '../database/transaction-runner';
import { DebatesService } from '../debates/debates.service';
import { BadUserInputError, NotFoundError } from '../errors/glossa-error';
import { EventLog } from '../events/event-log';
import { ReadingsService } from '../readings/readings.service';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { AssignmentModel, AssignmentProgressModel } from './assignment.model';
import { ASSIGNMENT_COLUMNS, assignmentOf, AssignmentRow, progressOf } from './assignment-row';
import {
  CreateAssignmentInput,
  DeleteAssignmentInput,
  SetAssignmentExtensionInput,
  UpdateAssignmentInput,
} from './dto/assignment.inputs';

/** What owners and moderators do to assignments: set, change, withdraw, extend for one member. */
@Injectable()
export class AssignmentCommands {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: SeminarAccessService,
    private readonly readings: ReadingsService,
    private readonly debates: DebatesService,
    private readonly events: EventLog,
    private readonly users: UsersService,
  ) {}

  async create(viewer: Viewer, input: CreateAssignmentInput): Promise<AssignmentModel> {
    const opensAt = input.opensAt ?? new Date();
    checkShape({ ...input, opensAt });
    // Before the transaction: the debates module reads through the pool, which the embedded
    // database's single connection cannot serve while a transaction holds it.
    if (input.debateId && (await this.debates.seminarIdOf(input.debateId)) !== input.seminarId)
      throw new NotFoundError('No such reading or debate in this seminar.');
    try {
      return await this.transactions.run(async (tx) => {
        await this.access.require(viewer, input.seminarId, SeminarAction.MANAGE_ASSIGNMENTS, tx.manager);
        await this.checkSubject(viewer, tx, input);
        const [row]: AssignmentRow[] = await tx.manager.query(
          `INSERT INTO assignments (id, seminar_id, reading_id, debate_id, range_start, range_end, title, instructions,
             opens_at, due_at, hide_until_posted, required_posts, created_by, client_id, in_groups)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING ${ASSIGNMENT_COLUMNS}`,
          [
            randomUUID(),
            input.seminarId,
            input.readingId ?? null,
            input.debateId ?? null,
            input.rangeStart ?? null,
            input.rangeEnd ?? null,
            input.title.trim(),
            input.instructions ?? '',
            opensAt,
            input.dueAt,
            input.hideUntilPosted ?? false,
            input.requiredPosts ?? 1,
            viewer.userId,
            input.clientId ?? null,
            input.inGroups ?? false,
          ],
        );
        await this.announce(tx, viewer, row, false);
        return this.asLeader(viewer, row);
      });
    } catch (error) {
      if (input.clientId && isUniqueViolation(error, 'assignments_client_id_key')) {
        const [first]: AssignmentRow[] = await this.transactions.run((tx) =>
          tx.manager.query(`SELECT ${ASSIGNMENT_COLUMNS} FROM assignments WHERE created_by = $1 AND client_id = $2`, [
            viewer.userId,
            input.clientId,
          ]),
        );
        if (first) return this.asLeader(viewer, first);
      }
      throw error;
    }
  }

  async update(viewer: Viewer, input: UpdateAssignmentInput): Promise<AssignmentModel> {
    return this.transactions.run(async (tx) => {
      const current = await this.lead(viewer, tx, input.assignmentId);
      const next = {
        title: input.title?.trim() ?? current.title,
        instructions: input.instructions ?? current.instructions,
        opensAt: input.opensAt ?? current.opens_at,
        dueAt: input.dueAt ?? current.due_at,
        hideUntilPosted: input.hideUntilPosted ?? current.hide_until_posted,
        inGroups: input.inGroups ?? current.in_groups,
        requiredPosts: input.requiredPosts ?? current.required_posts,
      };
      checkShape({ ...next, readingId: current.reading_id ?? undefined, debateId: current.debate_id ?? undefined });
      // Raising the count does not take back what members completed: a reveal is never withdrawn.
      // An UPDATE … RETURNING answers [rows, affected count] through TypeORM's PostgreSQL driver.
      const [[row]]: [AssignmentRow[], number] = await tx.manager.query(
        `UPDATE assignments SET title = $2, instructions = $3, opens_at = $4, due_at = $5, hide_until_posted = $6,
           required_posts = $7, in_groups = $8, updated_at = now() WHERE id = $1 RETURNING ${ASSIGNMENT_COLUMNS}`,
        [
          current.id,
          next.title,
          next.instructions,
          next.opensAt,
          next.dueAt,
          next.hideUntilPosted,
          next.requiredPosts,
          next.inGroups,
        ],
      );
      await this.announce(tx, viewer, row, false);
      return this.asLeader(viewer, row);
    });
  }

  async remove(viewer: Viewer, input: DeleteAssignmentInput): Promise<AssignmentModel> {
    return this.transactions.run(async (tx) => {
      const current = await this.lead(viewer, tx, input.assignmentId);
      await tx.manager.query(`DELETE FROM assignments WHERE id = $1`, [current.id]);
      await this.announce(tx, viewer, current, true);
      return this.asLeader(viewer, current);
    });
  }

  /** A later due date for one member (null: theirs is the assignment's again). */
  async extend(viewer: Viewer, input: SetAssignmentExtensionInput): Promise<AssignmentProgressModel> {
    const changed = await this.transactions.run(async (tx) => {
      const assignment = await this.lead(viewer, tx, input.assignmentId);
      const dueAt = input.dueAt ?? null;
      if (dueAt && dueAt <= assignment.due_at)
        throw new BadUserInputError('An extension is a later due date than the assignment’s.');
      const [member]: Array<{ role: string }> = await tx.manager.query(
        `SELECT role FROM memberships WHERE seminar_id = $1 AND user_id = $2`,
        [assignment.seminar_id, input.userId],
      );
      if (!member) throw new NotFoundError('No such member of this seminar.');
      const [progress]: Array<{
        user_id: string;
        posts: number;
        completed_at: Date | null;
        extended_due_at: Date | null;
      }> = await tx.manager.query(
        `INSERT INTO assignment_progress (assignment_id, user_id, extended_due_at) VALUES ($1, $2, $3)
         ON CONFLICT (assignment_id, user_id) DO UPDATE SET extended_due_at = EXCLUDED.extended_due_at
         RETURNING user_id, posts, completed_at, extended_due_at`,
        [assignment.id, input.userId, dueAt],
      );
      await this.announce(tx, viewer, assignment, false);
      return { assignment, progress, leads: member.role === 'OWNER' || member.role === 'MODERATOR' };
    });
    // After the commit: the embedded database has one connection, held by an open transaction.
    const person = await this.users.byId(viewer.loaders).load(input.userId);
    const displayName = person?.displayName ?? 'Former member';
    return progressOf(changed.assignment, changed.progress, { displayName, leads: changed.leads }, new Date());
  }

  /** The assignment, locked, once the viewer is known to lead its seminar; NOT_FOUND to outsiders. */
  private async lead(viewer: Viewer, tx: Transaction, assignmentId: string): Promise<AssignmentRow> {
    const [row]: AssignmentRow[] = await tx.manager.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM assignments WHERE id = $1 FOR UPDATE`,
      [assignmentId],
    );
    const notFound = new NotFoundError('No such assignment.');
    if (!row) throw notFound;
    await this.access
      .require(viewer, row.seminar_id, SeminarAction.MANAGE_ASSIGNMENTS, tx.manager)
      .catch((error: unknown) => {
        throw error instanceof NotFoundError ? notFound : error;
      });
    return row;
  }

  private async checkSubject(viewer: Viewer, tx: Transaction, input: CreateAssignmentInput): Promise<void> {
    if (!input.readingId) return;
    const reading = await this.readings.authorize(viewer, input.readingId, SeminarAction.VIEW, tx.manager);
    if (reading.seminarId !== input.seminarId) throw new NotFoundError('No such reading or debate in this seminar.');
  }

  /**
   * Tells the seminar's room. With a reading, who may be in its room may have changed (a new hide,
   * a later due date, an extension): the gateway checks its members again (docs/assignments.md).
   */
  private async announce(tx: Transaction, viewer: Viewer, row: AssignmentRow, deleted: boolean): Promise<void> {
    await this.events.append(
      tx,
      seminarRoom(row.seminar_id),
      'assignment.changed',
      { assignmentId: row.id, seminarId: row.seminar_id, readingId: row.reading_id, deleted },
      viewer.userId,
    );
  }

  private asLeader(viewer: Viewer, row: AssignmentRow): AssignmentModel {
    const mine = progressOf(
      row,
      { user_id: viewer.userId, posts: null, completed_at: null, extended_due_at: null },
      { displayName: viewer.displayName, leads: true },
      new Date(),
    );
    return assignmentOf(row, mine);
  }
}

/** The rules of a well-formed assignment, before anything is read (BAD_USER_INPUT). */
function checkShape(a: {
  readingId?: string;
  debateId?: string;
  rangeStart?: number;
  rangeEnd?: number;
  opensAt: Date;
  dueAt: Date;
  hideUntilPosted?: boolean;
  inGroups?: boolean;
}): void {
  if (Boolean(a.readingId) === Boolean(a.debateId))
    throw new BadUserInputError('Assign either a reading or a debate (exactly one of readingId and debateId).');
  if ((a.rangeStart === undefined) !== (a.rangeEnd === undefined))
    throw new BadUserInputError('A range has a start and an end: give both, or neither.');
  if (a.rangeStart !== undefined && (!a.readingId || a.rangeStart >= (a.rangeEnd as number)))
    throw new BadUserInputError('A range is part of a reading, and starts before it ends.');
  if (a.opensAt >= a.dueAt) throw new BadUserInputError('The assignment must open before it is due.');
  if (a.hideUntilPosted && !a.readingId)
    throw new BadUserInputError('Hide until you post applies to a reading’s annotations: assign a reading.');
  if (a.inGroups && !a.readingId)
    throw new BadUserInputError('In groups applies to a reading’s annotations: assign a reading.');
}
