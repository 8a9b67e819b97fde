import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { ActionResult, failedAction } from '../../graphql/action-result';

const UpdateSeminarDocument = graphql(`
  mutation UpdateSeminar($input: UpdateSeminarInput!) {
    updateSeminar(input: $input) {
      id
      name
      description
    }
  }
`);

const ChangeMemberRoleDocument = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      role
    }
  }
`);

const RemoveMemberDocument = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      id
      memberCount
    }
  }
`);

const RotateInviteCodeDocument = graphql(`
  mutation RotateInviteCode($input: SeminarRefInput!) {
    rotateInviteCode(input: $input) {
      id
      inviteCode
    }
  }
`);

const LeaveSeminarDocument = graphql(`
  mutation LeaveSeminar($input: SeminarRefInput!) {
    leaveSeminar(input: $input)
  }
`);

export interface SeminarActions {
  update: (fields: { name: string; description: string }) => Promise<ActionResult>;
  changeRole: (userId: string, role: Role) => Promise<ActionResult>;
  remove: (userId: string) => Promise<ActionResult>;
  rotateInviteCode: () => Promise<ActionResult>;
  leave: () => Promise<ActionResult>;
}

/** The seminar page's mutations, each answering what it came to in words the page shows. */
export function useSeminarActions(seminarId: string): SeminarActions {
  const [, update] = useMutation(UpdateSeminarDocument);
  const [, changeRole] = useMutation(ChangeMemberRoleDocument);
  const [, remove] = useMutation(RemoveMemberDocument);
  const [, rotate] = useMutation(RotateInviteCodeDocument);
  const [, leave] = useMutation(LeaveSeminarDocument);
  const done = (result: { data?: unknown; error?: Parameters<typeof failedAction>[0] }): ActionResult =>
    result.data && !result.error ? { ok: true, value: undefined } : failedAction(result.error);
  return {
    update: async (fields) => done(await update({ input: { seminarId, ...fields } })),
    changeRole: async (userId, role) => done(await changeRole({ input: { seminarId, userId, role } })),
    remove: async (userId) => done(await remove({ input: { seminarId, userId } })),
    rotateInviteCode: async () => done(await rotate({ input: { seminarId } })),
    leave: async () => done(await leave({ input: { seminarId } })),
  };
}
