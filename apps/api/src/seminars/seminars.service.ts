import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';
import { moderatorsRoom, seminarRoom } from '@glossa/contracts';
import { countLoader } from '../database/count-loader';
import { EventLog } from '../events/event-log';
import { isUniqueViolation, Transaction, TransactionRunner } from '../database/transaction-runner';
import { ConflictError, NotFoundError } from '../errors/glossa-error';
import type { Viewer } from '../auth/viewer';
import { Connection } from '../pagination/connection.model';
import { keysetPage } from '../pagination/keyset-page';
import {
  ChangeMemberRoleInput,
  CreateSeminarInput,
  RemoveMemberInput,
  UpdateSeminarInput,
} from './dto/seminar.inputs';
import { newInviteCode } from './invite-code';
import { MembershipEntity } from './membership.entity';
import { Role } from './role';
import { SeminarAccessService } from './seminar-access.service';
import { SeminarAction } from './seminar-policy';
import { SeminarEntity } from './seminar.entity';

@Injectable()
export class SeminarsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: SeminarAccessService,
    private readonly events: EventLog,
  ) {}

  async create(viewer: Viewer, input: CreateSeminarInput): Promise<SeminarEntity> {
    const previous = input.clientId ? await this.byClientId(viewer, input.clientId) : null;
    if (previous) return previous;
    try {
      return await this.transactions.run(async ({ manager }) => {
        const seminar = await manager.save(
          manager.create(SeminarEntity, {
            name: input.name.trim(),
            description: input.description.trim(),
            inviteCode: newInviteCode(),
            createdBy: viewer.userId,
            clientId: input.clientId ?? null,
          }),
        );
        await manager.insert(MembershipEntity, { seminarId: seminar.id, userId: viewer.userId, role: Role.OWNER });
        return seminar;
      });
    } catch (error) {
      // Two copies of one retried request raced: the loser returns the winner's seminar.
      if (input.clientId && isUniqueViolation(error, 'seminars_client_id_key')) {
        return (await this.byClientId(viewer, input.clientId)) as SeminarEntity;
      }
      throw error;
    }
  }

  async get(viewer: Viewer, id: string): Promise<SeminarEntity> {
    await this.access.requireInRequest(viewer, id, SeminarAction.VIEW);
    return this.dataSource.manager.findOneByOrFail(SeminarEntity, { id });
  }

  async update(viewer: Viewer, input: UpdateSeminarInput): Promise<SeminarEntity> {
    return this.transactions.run(async (tx) => {
      await this.access.require(viewer, input.seminarId, SeminarAction.EDIT_SEMINAR, tx.manager);
      const seminar = await tx.manager.findOneByOrFail(SeminarEntity, { id: input.seminarId });
      const name = input.name?.trim() ?? seminar.name;
      const description = input.description?.trim() ?? seminar.description;
      if (name === seminar.name && description === seminar.description) return seminar;
      await tx.manager.update(SeminarEntity, { id: seminar.id }, { name, description });
      await this.events.append(
        tx,
        seminarRoom(seminar.id),
        'seminar.updated',
        { seminarId: seminar.id, name, description },
        viewer.userId,
      );
      return tx.manager.findOneByOrFail(SeminarEntity, { id: seminar.id });
    });
  }

  /**
   * Records that the viewer opened the seminar's page now and returns when they had opened it
   * before (null: never), so the page can say what is new since then.
   */
  async markVisited(viewer: Viewer, seminarId: string): Promise<Date | null> {
    return this.transactions.run(async (tx) => {
      await this.access.require(viewer, seminarId, SeminarAction.VIEW, tx.manager);
      const [rows]: [Array<{ previous: Date | null }>] = await tx.manager.query(
        `UPDATE memberships m SET last_visited_at = clock_timestamp()
           FROM memberships before WHERE before.id = m.id AND m.seminar_id = $1 AND m.user_id = $2
         RETURNING before.last_visited_at AS previous`,
        [seminarId, viewer.userId],
      );
      return rows[0]?.previous ?? null;
    });
  }

  /** The viewer's membership of each seminar (null where they are none), batched per request. */
  myMemberships(viewer: Viewer): DataLoader<string, MembershipEntity | null> {
    return viewer.loaders.for(
      this.myMemberships,
      () =>
        new DataLoader<string, MembershipEntity | null>(async (ids) => {
          const rows = await this.dataSource.manager.find(MembershipEntity, {
            where: { seminarId: In([...ids]), userId: viewer.userId },
          });
          const bySeminar = new Map(rows.map((row) => [row.seminarId, row]));
          return ids.map((id) => bySeminar.get(id) ?? null);
        }),
    );
  }

  async join(viewer: Viewer, inviteCode: string): Promise<SeminarEntity> {
    return this.transactions.run(async (tx) => {
      const seminar = await tx.manager.findOneBy(SeminarEntity, { inviteCode: inviteCode.trim().toUpperCase() });
      if (!seminar)
        throw new NotFoundError('No seminar has this invite code. Check it with the person who gave it to you.');
      // Joining twice is harmless: the existing membership (and role) stays.
      const inserted = await tx.manager
        .createQueryBuilder()
        .insert()
        .into(MembershipEntity)
        .values({ seminarId: seminar.id, userId: viewer.userId, role: Role.MEMBER })
        .orIgnore()
        .returning('id')
        .execute();
      if (inserted.raw.length > 0) {
        await this.events.append(
          tx,
          seminarRoom(seminar.id),
          'member.joined',
          {
            seminarId: seminar.id,
            userId: viewer.userId,
            displayName: viewer.displayName,
            role: Role.MEMBER,
          },
          viewer.userId,
        );
      }
      return seminar;
    });
  }

  members(seminarId: string, page: { first: number; after?: string | null }): Promise<Connection<MembershipEntity>> {
    const query = this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where('m.seminar_id = :seminarId', { seminarId });
    return keysetPage(query, page, (m) => m);
  }

  /**
   * The members of a seminar with their accounts' email and name: for matching the authors of
   * imported annotations to people. Emails stay on the server (members never see each other's).
   */
  roster(
    seminarId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<{ userId: string; email: string; displayName: string; role: Role }>> {
    return manager.query(
      `SELECT u.id AS "userId", u.email, u.display_name AS "displayName", m.role
         FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.seminar_id = $1 ORDER BY m.created_at, u.id`,
      [seminarId],
    );
  }

  memberCounts(viewer: Viewer): DataLoader<string, number> {
    return viewer.loaders.for(this.memberCounts, () => countLoader(this.dataSource, 'memberships', 'seminar_id'));
  }

  async changeRole(viewer: Viewer, input: ChangeMemberRoleInput): Promise<MembershipEntity> {
    return this.transactions.run(async (tx) => {
      await this.access.require(viewer, input.seminarId, SeminarAction.MANAGE_MEMBERS, tx.manager);
      const owners = await this.lockOwners(tx.manager, input.seminarId);
      const membership = await tx.manager.findOneBy(MembershipEntity, {
        seminarId: input.seminarId,
        userId: input.userId,
      });
      if (!membership) throw new NotFoundError('That person is not a member of this seminar.');
      if (membership.role === Role.OWNER && input.role !== Role.OWNER && owners.length === 1) {
        throw new ConflictError('A seminar needs at least one owner: make someone else an owner first.');
      }
      membership.role = input.role;
      const saved = await tx.manager.save(membership);
      await this.events.append(
        tx,
        seminarRoom(input.seminarId),
        'member.role_changed',
        {
          seminarId: input.seminarId,
          userId: input.userId,
          role: input.role,
        },
        viewer.userId,
      );
      return saved;
    });
  }

  async removeMember(viewer: Viewer, input: RemoveMemberInput): Promise<SeminarEntity> {
    return this.transactions.run(async (tx) => {
      await this.access.require(viewer, input.seminarId, SeminarAction.MANAGE_MEMBERS, tx.manager);
      await this.deleteMembership(tx, viewer, input.seminarId, input.userId);
      return tx.manager.findOneByOrFail(SeminarEntity, { id: input.seminarId });
    });
  }

  async leave(viewer: Viewer, seminarId: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      await this.access.require(viewer, seminarId, SeminarAction.LEAVE, tx.manager);
      await this.deleteMembership(tx, viewer, seminarId, viewer.userId);
    });
  }

  async rotateInviteCode(viewer: Viewer, seminarId: string): Promise<SeminarEntity> {
    return this.transactions.run(async (tx) => {
      await this.access.require(viewer, seminarId, SeminarAction.ROTATE_INVITE_CODE, tx.manager);
      const inviteCode = newInviteCode();
      await tx.manager.update(SeminarEntity, { id: seminarId }, { inviteCode });
      // Only those who may see the code hear of it.
      await this.events.append(
        tx,
        moderatorsRoom(seminarId),
        'seminar.invite_rotated',
        { seminarId, inviteCode },
        viewer.userId,
      );
      return tx.manager.findOneByOrFail(SeminarEntity, { id: seminarId });
    });
  }

  private async deleteMembership(tx: Transaction, viewer: Viewer, seminarId: string, userId: string): Promise<void> {
    const owners = await this.lockOwners(tx.manager, seminarId);
    const membership = await tx.manager.findOneBy(MembershipEntity, { seminarId, userId });
    if (!membership) throw new NotFoundError('That person is not a member of this seminar.');
    if (membership.role === Role.OWNER && owners.length === 1) {
      throw new ConflictError('The last owner cannot leave: make someone else an owner first.');
    }
    await tx.manager.delete(MembershipEntity, { id: membership.id });
    await this.events.append(
      tx,
      seminarRoom(seminarId),
      'member.left',
      {
        seminarId,
        userId,
        removedBy: userId === viewer.userId ? null : viewer.userId,
      },
      viewer.userId,
    );
  }

  /** Locks the seminar's owner rows so two concurrent changes cannot both remove "the other" owner. */
  private lockOwners(manager: EntityManager, seminarId: string): Promise<MembershipEntity[]> {
    return manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.seminar_id = :seminarId AND m.role = :role', { seminarId, role: Role.OWNER })
      .getMany();
  }

  private byClientId(viewer: Viewer, clientId: string): Promise<SeminarEntity | null> {
    return this.dataSource.manager.findOneBy(SeminarEntity, { createdBy: viewer.userId, clientId });
  }
}
