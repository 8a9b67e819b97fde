import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { SeminarGroupModel, SeminarGroupsModel } from './group.model';
import { GROUP_COLUMNS, GroupRow, groupOf, groupsOf, PLACED_MEMBERS_SQL, PlacedMemberRow } from './group-rows';

/** The Groups screen's lists (leaders) and the one group a member is in. */
@Injectable()
export class GroupReads {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SeminarAccessService,
  ) {}

  async list(viewer: Viewer, seminarId: string, manager?: EntityManager): Promise<SeminarGroupsModel> {
    const db = manager ?? this.dataSource.manager;
    await this.access.require(viewer, seminarId, SeminarAction.MANAGE_GROUPS, manager);
    return this.listAsLeader(db, seminarId);
  }

  /** Two statements however many groups; the caller has checked the viewer leads the seminar. */
  async listAsLeader(db: EntityManager, seminarId: string): Promise<SeminarGroupsModel> {
    const groups: GroupRow[] = await db.query(
      `SELECT ${GROUP_COLUMNS} FROM seminar_groups WHERE seminar_id = $1 ORDER BY created_at, name, id`,
      [seminarId],
    );
    const placed: PlacedMemberRow[] = await db.query(PLACED_MEMBERS_SQL, [seminarId]);
    return groupsOf(groups, placed);
  }

  /**
   * The group the viewer is in, with its size but not its members' names: in an anonymous seminar
   * (docs/anonymous-mode.md) names beside a small group would narrow down who wrote what.
   */
  async mine(viewer: Viewer, seminarId: string): Promise<SeminarGroupModel | null> {
    await this.access.requireInRequest(viewer, seminarId, SeminarAction.VIEW);
    const [row]: Array<GroupRow & { member_count: number }> = await this.dataSource.query(
      `SELECT g.id, g.seminar_id, g.name, g.created_at,
              (SELECT count(*) FROM seminar_group_members c JOIN memberships cm
                  ON cm.seminar_id = c.seminar_id AND cm.user_id = c.user_id WHERE c.group_id = g.id)::int AS member_count
         FROM seminar_group_members gm JOIN seminar_groups g ON g.id = gm.group_id
        WHERE gm.seminar_id = $1 AND gm.user_id = $2`,
      [seminarId, viewer.userId],
    );
    return row ? groupOf(row, [], row.member_count) : null;
  }
}
