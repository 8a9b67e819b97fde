import { GroupMemberModel, SeminarGroupModel, SeminarGroupsModel } from './group.model';

export interface GroupRow {
  id: string;
  seminar_id: string;
  name: string;
  created_at: Date;
}

/** A membership of the seminar with the group it is in (null: none). */
export interface PlacedMemberRow {
  user_id: string;
  display_name: string;
  role: string;
  group_id: string | null;
}

export const GROUP_COLUMNS = 'id, seminar_id, name, created_at';

/** SQL: every membership of seminar $1 with its group, leaders included (they are never placed). */
export const PLACED_MEMBERS_SQL = `SELECT m.user_id, u.display_name, m.role, gm.group_id
    FROM memberships m JOIN users u ON u.id = m.user_id
    LEFT JOIN seminar_group_members gm ON gm.seminar_id = m.seminar_id AND gm.user_id = m.user_id
   WHERE m.seminar_id = $1 ORDER BY u.display_name, m.user_id`;

export const leads = (role: string | null | undefined) => role === 'OWNER' || role === 'MODERATOR';

function memberOf(row: PlacedMemberRow): GroupMemberModel {
  return Object.assign(new GroupMemberModel(), { userId: row.user_id, displayName: row.display_name, role: row.role });
}

export function groupOf(row: GroupRow, members: GroupMemberModel[], memberCount = members.length): SeminarGroupModel {
  return Object.assign(new SeminarGroupModel(), {
    id: row.id,
    seminarId: row.seminar_id,
    name: row.name,
    createdAt: row.created_at,
    members,
    memberCount,
  });
}

/** The leaders' view: each group with its members, and the members and observers in none. */
export function groupsOf(groups: GroupRow[], placed: PlacedMemberRow[]): SeminarGroupsModel {
  const placedIn = (id: string) => placed.filter((p) => p.group_id === id).map(memberOf);
  return Object.assign(new SeminarGroupsModel(), {
    groups: groups.map((g) => groupOf(g, placedIn(g.id))),
    ungrouped: placed.filter((p) => p.group_id === null && !leads(p.role)).map(memberOf),
  });
}
