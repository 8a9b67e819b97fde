import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { countLoader } from '../database/count-loader';
import { isUniqueViolation, TransactionRunner } from '../database/transaction-runner';
import { ConflictError, NotFoundError } from '../errors/glossa-error';
import { loadersFor, RequestContext, Viewer } from '../graphql/request-context';
import { Connection } from '../pagination/connection.model';
import { keysetPage } from '../pagination/keyset-page';
import { ChangeMemberRoleInput, CreateSeminarInput, RemoveMemberInput } from './dto/seminar.inputs';
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

  async get(context: RequestContext, id: string): Promise<SeminarEntity> {
    await this.access.requireInRequest(context, id, SeminarAction.VIEW);
    return this.dataSource.manager.findOneByOrFail(SeminarEntity, { id });
  }

  mine(viewer: Viewer, page: { first: number; after?: string | null }): Promise<Connection<SeminarEntity>> {
    const query = this.dataSource
      .getRepository(SeminarEntity)
      .createQueryBuilder('s')
      .innerJoin(MembershipEntity, 'm', 'm.seminar_id = s.id AND m.user_id = :userId', { userId: viewer.userId });
    return keysetPage(query, page, (s) => s);
  }

  async join(viewer: Viewer, inviteCode: string): Promise<SeminarEntity> {
    return this.transactions.run(async ({ manager }) => {
      const seminar = await manager.findOneBy(SeminarEntity, { inviteCode: inviteCode.trim().toUpperCase() });
      if (!seminar) throw new NotFoundError('No seminar has this invite code. Check it with the person who gave it to you.');
      // Joining twice is harmless: the existing membership (and role) stays.
      await manager
        .createQueryBuilder()
        .insert()
        .into(MembershipEntity)
        .values({ seminarId: seminar.id, userId: viewer.userId, role: Role.MEMBER })
        .orIgnore()
        .execute();
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

  memberCounts(context: RequestContext): DataLoader<string, number> {
    return loadersFor(context, this.memberCounts, () => countLoader(this.dataSource, 'memberships', 'seminar_id'));
  }

  async changeRole(viewer: Viewer, input: ChangeMemberRoleInput): Promise<MembershipEntity> {
    return this.transactions.run(async ({ manager }) => {
      await this.access.require(viewer, input.seminarId, SeminarAction.MANAGE_MEMBERS, manager);
      const owners = await this.lockOwners(manager, input.seminarId);
      const membership = await manager.findOneBy(MembershipEntity, { seminarId: input.seminarId, userId: input.userId });
      if (!membership) throw new NotFoundError('That person is not a member of this seminar.');
      if (membership.role === Role.OWNER && input.role !== Role.OWNER && owners.length === 1) {
        throw new ConflictError('A seminar needs at least one owner: make someone else an owner first.');
      }
      membership.role = input.role;
      return manager.save(membership);
    });
  }

  async removeMember(viewer: Viewer, input: RemoveMemberInput): Promise<SeminarEntity> {
    return this.transactions.run(async ({ manager }) => {
      await this.access.require(viewer, input.seminarId, SeminarAction.MANAGE_MEMBERS, manager);
      await this.deleteMembership(manager, input.seminarId, input.userId);
      return manager.findOneByOrFail(SeminarEntity, { id: input.seminarId });
    });
  }

  async leave(viewer: Viewer, seminarId: string): Promise<void> {
    await this.transactions.run(async ({ manager }) => {
      await this.access.require(viewer, seminarId, SeminarAction.LEAVE, manager);
      await this.deleteMembership(manager, seminarId, viewer.userId);
    });
  }

  async rotateInviteCode(viewer: Viewer, seminarId: string): Promise<SeminarEntity> {
    return this.transactions.run(async ({ manager }) => {
      await this.access.require(viewer, seminarId, SeminarAction.ROTATE_INVITE_CODE, manager);
      await manager.update(SeminarEntity, { id: seminarId }, { inviteCode: newInviteCode() });
      return manager.findOneByOrFail(SeminarEntity, { id: seminarId });
    });
  }

  private async deleteMembership(manager: EntityManager, seminarId: string, userId: string): Promise<void> {
    const owners = await this.lockOwners(manager, seminarId);
    const membership = await manager.findOneBy(MembershipEntity, { seminarId, userId });
    if (!membership) throw new NotFoundError('That person is not a member of this seminar.');
    if (membership.role === Role.OWNER && owners.length === 1) {
      throw new ConflictError('The last owner cannot leave: make someone else an owner first.');
    }
    await manager.delete(MembershipEntity, { id: membership.id });
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
