import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { ForbiddenError, NotFoundError } from '../errors/glossa-error';
import type { Viewer } from '../auth/viewer';
import { MembershipEntity } from './membership.entity';
import { Role } from './role';
import { decide, SeminarAction } from './seminar-policy';

const refusals: Record<SeminarAction, string> = {
  VIEW: 'view this seminar',
  VIEW_INVITE_CODE: 'see the invite code',
  EDIT_SEMINAR: 'rename this seminar or change its description',
  ROTATE_INVITE_CODE: 'change the invite code',
  MANAGE_MEMBERS: 'manage members',
  LEAVE: 'leave this seminar',
  ADD_READING: 'add readings',
  REVISE_READING: 'revise readings',
  ANNOTATE: 'annotate readings',
  REPLY: 'reply in discussions',
  REACT: 'react to posts',
  MANAGE_DEBATES: 'manage debates',
  CLAIM: 'add claims',
  VOTE: 'vote on claims',
  FLAG: 'flag posts',
  MODERATE: 'moderate',
  VIEW_DISCUSSION_MAP: 'see the discussion map',
  VIEW_PARTICIPATION: 'see other members’ participation (you may see your own)',
  SET_SEMINAR_ANONYMITY: 'make this seminar anonymous or named (owners)',
  SET_DEBATE_ANONYMITY: 'make this debate anonymous or named',
  REVEAL_PSEUDONYM: 'see who is behind a pseudonym',
  MANAGE_ASSIGNMENTS: 'set assignments or see everyone’s progress on them (owners and moderators)',
  MANAGE_GROUPS: 'manage small groups (owners and moderators)',
};

/**
 * Applies the seminar policy for every module: loads the caller's role and either returns it or
 * throws NOT_FOUND (not a member) or FORBIDDEN (a member whose role does not allow the action).
 */
@Injectable()
export class SeminarAccessService {
  constructor(private readonly dataSource: DataSource) {}

  /** Authorises inside a transaction (reads through its manager). */
  async require(viewer: Viewer, seminarId: string, action: SeminarAction, manager?: EntityManager): Promise<Role> {
    // Plain SQL: this runs in every mutation, and the entity query builder cost more than the query.
    const rows: Array<{ role: Role }> = await (manager ?? this.dataSource.manager).query(
      'SELECT role FROM memberships WHERE seminar_id = $1 AND user_id = $2',
      [seminarId, viewer.userId],
    );
    return enforce(rows[0]?.role ?? null, action);
  }

  /**
   * SQL for the role of `:viewerId` in the seminar whose id is `seminarColumn`: lets a module read
   * its row and the caller's role in one statement, then decide with `enforce`.
   */
  roleSql(seminarColumn: string): string {
    return `(SELECT m.role FROM memberships m WHERE m.seminar_id = ${seminarColumn} AND m.user_id = :viewerId)`;
  }

  /** The role if it allows `action`; NOT_FOUND for a non-member, FORBIDDEN otherwise. */
  enforce(role: Role | null, action: SeminarAction): Role {
    return enforce(role, action);
  }

  /** Authorises a read, batching the role look-ups of one request. */
  async requireInRequest(viewer: Viewer, seminarId: string, action: SeminarAction): Promise<Role> {
    const role = await this.roles(viewer).load(seminarId);
    return enforce(role, action);
  }

  /** The caller's role in a seminar, or null; batched per request. */
  roles(viewer: Viewer): DataLoader<string, Role | null> {
    return viewer.loaders.for(this, () => {
      const userId = viewer.userId;
      return new DataLoader<string, Role | null>(async (seminarIds) => {
        const rows = await this.dataSource
          .getRepository(MembershipEntity)
          .createQueryBuilder('m')
          .where('m.user_id = :userId AND m.seminar_id IN (:...seminarIds)', { userId, seminarIds })
          .getMany();
        const bySeminar = new Map(rows.map((m) => [m.seminarId, m.role]));
        return seminarIds.map((id) => bySeminar.get(id) ?? null);
      });
    });
  }
}

function enforce(role: Role | null, action: SeminarAction): Role {
  const decision = decide(role, action);
  if (decision === 'NOT_FOUND') throw new NotFoundError('No such seminar, or you are not a member of it.');
  if (decision === 'FORBIDDEN')
    throw new ForbiddenError(`Your role (${role}) does not allow you to ${refusals[action]}.`);
  return role as Role;
}
