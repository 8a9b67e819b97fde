import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../auth/viewer';
import { isUniqueViolation, Transaction, TransactionRunner } from '../database/transaction-runner';
import { BadUserInputError, NotFoundError } from '../errors/glossa-error';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import {
  CreateSeminarGroupInput,
  DeleteSeminarGroupInput,
  MoveGroupMemberInput,
  RenameSeminarGroupInput,
  SplitIntoGroupsInput,
} from './dto/group.inputs';
import { SeminarGroupModel, SeminarGroupsModel } from './group.model';
import { GroupReads } from './group-reads';
import { GROUP_COLUMNS, GroupRow, groupOf, leads } from './group-rows';
import { splitAtRandom } from './group-split';

/** What owners and moderators do to a seminar's groups (docs/small-groups.md). */
@Injectable()
export class GroupCommands {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: SeminarAccessService,
    private readonly reads: GroupReads,
  ) {}

  async create(viewer: Viewer, input: CreateSeminarGroupInput): Promise<SeminarGroupModel> {
    const name = nameOf(input.name);
    try {
      return await this.transactions.run(async (tx) => {
        await this.access.require(viewer, input.seminarId, SeminarAction.MANAGE_GROUPS, tx.manager);
        const [row]: GroupRow[] = await tx.manager.query(
          `INSERT INTO seminar_groups (id, seminar_id, name, created_by, client_id) VALUES ($1, $2, $3, $4, $5)
           RETURNING ${GROUP_COLUMNS}`,
          [randomUUID(), input.seminarId, name, viewer.userId, input.clientId ?? null],
        );
        return groupOf(row, []);
      });
    } catch (error) {
      // A retry with the same clientId returns the first group (docs/architecture.md, Data).
      if (input.clientId && isUniqueViolation(error, 'seminar_groups_client_id_key')) {
        const groups = await this.reads.list(viewer, input.seminarId);
        const [first]: Array<{ id: string }> = await this.transactions.run((tx) =>
          tx.manager.query(`SELECT id FROM seminar_groups WHERE created_by = $1 AND client_id = $2`, [
            viewer.userId,
            input.clientId,
          ]),
        );
        const found = first && groups.groups.find((g) => g.id === first.id);
        if (found) return found;
      }
      throw error;
    }
  }

  async rename(viewer: Viewer, input: RenameSeminarGroupInput): Promise<SeminarGroupModel> {
    const name = nameOf(input.name);
    return this.transactions.run(async (tx) => {
      const group = await this.lead(viewer, tx, input.groupId);
      await tx.manager.query(`UPDATE seminar_groups SET name = $2 WHERE id = $1`, [group.id, name]);
      const listed = await this.reads.listAsLeader(tx.manager, group.seminar_id);
      return listed.groups.find((g) => g.id === group.id) as SeminarGroupModel;
    });
  }

  /** Deletes a group; its members are then in none. Returns the seminar's groups as they are now. */
  async remove(viewer: Viewer, input: DeleteSeminarGroupInput): Promise<SeminarGroupsModel> {
    return this.transactions.run(async (tx) => {
      const group = await this.lead(viewer, tx, input.groupId);
      await tx.manager.query(`DELETE FROM seminar_groups WHERE id = $1`, [group.id]);
      return this.reads.listAsLeader(tx.manager, group.seminar_id);
    });
  }

  /** Puts a member or observer in a group (out of any other), or in none with `groupId: null`. */
  async move(viewer: Viewer, input: MoveGroupMemberInput): Promise<SeminarGroupsModel> {
    return this.transactions.run(async (tx) => {
      await this.access.require(viewer, input.seminarId, SeminarAction.MANAGE_GROUPS, tx.manager);
      const [person]: Array<{ role: string | null }> = await tx.manager.query(
        `SELECT m.role FROM users u LEFT JOIN memberships m ON m.user_id = u.id AND m.seminar_id = $1 WHERE u.id = $2`,
        [input.seminarId, input.userId],
      );
      if (!person) throw new NotFoundError('No such person.');
      if (!person.role) throw new BadUserInputError('This person is not a member of the seminar.');
      if (leads(person.role))
        throw new BadUserInputError(
          'Owners and moderators see every group’s posts: only members are placed in groups.',
        );
      if (input.groupId) {
        const [group]: Array<{ id: string }> = await tx.manager.query(
          `SELECT id FROM seminar_groups WHERE id = $1 AND seminar_id = $2 FOR UPDATE`,
          [input.groupId, input.seminarId],
        );
        if (!group) throw new NotFoundError('No such group in this seminar.');
      }
      await tx.manager.query(`DELETE FROM seminar_group_members WHERE seminar_id = $1 AND user_id = $2`, [
        input.seminarId,
        input.userId,
      ]);
      if (input.groupId)
        await tx.manager.query(
          `INSERT INTO seminar_group_members (group_id, seminar_id, user_id) VALUES ($1, $2, $3)`,
          [input.groupId, input.seminarId, input.userId],
        );
      return this.reads.listAsLeader(tx.manager, input.seminarId);
    });
  }

  /**
   * Replaces the seminar's groups with new ones of `size` members (balanced), every member and
   * observer placed once, at random, in one transaction: nobody sees a half-made split.
   */
  async split(viewer: Viewer, input: SplitIntoGroupsInput): Promise<SeminarGroupsModel> {
    return this.transactions.run(async (tx) => {
      await this.access.require(viewer, input.seminarId, SeminarAction.MANAGE_GROUPS, tx.manager);
      // Locks the seminar's row so two splits at once end as one of them, not a mixture.
      await tx.manager.query(`SELECT id FROM seminars WHERE id = $1 FOR UPDATE`, [input.seminarId]);
      const people: Array<{ user_id: string }> = await tx.manager.query(
        `SELECT user_id FROM memberships WHERE seminar_id = $1 AND role IN ('MEMBER', 'OBSERVER') ORDER BY user_id`,
        [input.seminarId],
      );
      await tx.manager.query(`DELETE FROM seminar_groups WHERE seminar_id = $1`, [input.seminarId]);
      const groups = splitAtRandom(
        people.map((p) => p.user_id),
        input.size,
      ).map((members, i) => ({ id: randomUUID(), name: `Group ${i + 1}`, members }));
      if (groups.length > 0) {
        await tx.manager.query(
          `INSERT INTO seminar_groups (id, seminar_id, name, created_by, created_at)
           SELECT g.id, $1, g.name, $2, now() + g.n * interval '1 millisecond'
             FROM unnest($3::uuid[], $4::text[]) WITH ORDINALITY AS g(id, name, n)`,
          [input.seminarId, viewer.userId, groups.map((g) => g.id), groups.map((g) => g.name)],
        );
        const placed = groups.flatMap((g) => g.members.map((userId) => ({ groupId: g.id, userId })));
        await tx.manager.query(
          `INSERT INTO seminar_group_members (group_id, seminar_id, user_id)
           SELECT p.group_id, $1, p.user_id FROM unnest($2::uuid[], $3::uuid[]) AS p(group_id, user_id)`,
          [input.seminarId, placed.map((p) => p.groupId), placed.map((p) => p.userId)],
        );
      }
      return this.reads.listAsLeader(tx.manager, input.seminarId);
    });
  }

  /** The group, locked, once the viewer is known to lead its seminar; NOT_FOUND to outsiders. */
  private async lead(viewer: Viewer, tx: Transaction, groupId: string): Promise<GroupRow> {
    const [row]: GroupRow[] = await tx.manager.query(
      `SELECT ${GROUP_COLUMNS} FROM seminar_groups WHERE id = $1 FOR UPDATE`,
      [groupId],
    );
    const notFound = new NotFoundError('No such group.');
    if (!row) throw notFound;
    await this.access
      .require(viewer, row.seminar_id, SeminarAction.MANAGE_GROUPS, tx.manager)
      .catch((error: unknown) => {
        throw error instanceof NotFoundError ? notFound : error;
      });
    return row;
  }
}

/** A group's name, trimmed: 1–80 characters (BAD_USER_INPUT otherwise). */
function nameOf(raw: string): string {
  const name = raw.trim();
  if (name.length === 0) throw new BadUserInputError('A group needs a name.');
  if (name.length > 80) throw new BadUserInputError('A group’s name is at most 80 characters.');
  return name;
}
