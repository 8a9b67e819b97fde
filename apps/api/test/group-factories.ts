import { TestUser } from './factories';
import { TestApp } from './test-app';

const GROUP = 'id name memberCount members { userId displayName role }';
const GROUPS = `groups { ${GROUP} } ungrouped { userId displayName role }`;

export const SEMINAR_GROUPS = `query($seminarId: ID!) { seminarGroups(seminarId: $seminarId) { ${GROUPS} } }`;
export const MY_GROUP = `query($seminarId: ID!) { myGroup(seminarId: $seminarId) { id name memberCount members { userId } } }`;
export const CREATE_GROUP = `mutation($input: CreateSeminarGroupInput!) { createSeminarGroup(input: $input) { ${GROUP} } }`;
export const RENAME_GROUP = `mutation($input: RenameSeminarGroupInput!) { renameSeminarGroup(input: $input) { ${GROUP} } }`;
export const DELETE_GROUP = `mutation($input: DeleteSeminarGroupInput!) { deleteSeminarGroup(input: $input) { ${GROUPS} } }`;
export const MOVE_MEMBER = `mutation($input: MoveGroupMemberInput!) { moveGroupMember(input: $input) { ${GROUPS} } }`;
export const SPLIT_GROUPS = `mutation($input: SplitIntoGroupsInput!) { splitIntoGroups(input: $input) { ${GROUPS} } }`;

export interface TestGroup {
  id: string;
  name: string;
  memberCount: number;
  members: Array<{ userId: string; displayName: string; role: string }>;
}

/** A group made by `leader` with `members` moved into it. */
export async function groupWith(
  api: TestApp,
  leader: TestUser,
  seminarId: string,
  name: string,
  members: TestUser[] = [],
): Promise<TestGroup> {
  const made = await api.gql<{ createSeminarGroup: TestGroup }>(
    CREATE_GROUP,
    { input: { seminarId, name } },
    leader.token,
  );
  if (!made.data) throw new Error(`createSeminarGroup failed: ${JSON.stringify(made.errors)}`);
  for (const member of members) {
    const moved = await api.gql(
      MOVE_MEMBER,
      { input: { seminarId, userId: member.id, groupId: made.data.createSeminarGroup.id } },
      leader.token,
    );
    if (moved.errors) throw new Error(`moveGroupMember failed: ${JSON.stringify(moved.errors)}`);
  }
  return made.data.createSeminarGroup;
}
