import { useCallback } from 'react';
import { CombinedError, useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { SeminarGroupsQuery } from '../../gql/graphql';
import { errorMessage } from '../../graphql/graphql-error';

const SeminarGroupsDocument = graphql(`
  query SeminarGroups($seminarId: ID!) {
    seminarGroups(seminarId: $seminarId) {
      groups {
        id
        name
        memberCount
        members {
          userId
          displayName
          role
        }
      }
      ungrouped {
        userId
        displayName
        role
      }
    }
  }
`);

const CreateSeminarGroupDocument = graphql(`
  mutation CreateSeminarGroup($input: CreateSeminarGroupInput!) {
    createSeminarGroup(input: $input) {
      id
      name
    }
  }
`);

const RenameSeminarGroupDocument = graphql(`
  mutation RenameSeminarGroup($input: RenameSeminarGroupInput!) {
    renameSeminarGroup(input: $input) {
      id
      name
    }
  }
`);

const DeleteSeminarGroupDocument = graphql(`
  mutation DeleteSeminarGroup($input: DeleteSeminarGroupInput!) {
    deleteSeminarGroup(input: $input) {
      ungrouped {
        userId
      }
    }
  }
`);

const MoveGroupMemberDocument = graphql(`
  mutation MoveGroupMember($input: MoveGroupMemberInput!) {
    moveGroupMember(input: $input) {
      ungrouped {
        userId
      }
    }
  }
`);

const SplitIntoGroupsDocument = graphql(`
  mutation SplitIntoGroups($input: SplitIntoGroupsInput!) {
    splitIntoGroups(input: $input) {
      ungrouped {
        userId
      }
    }
  }
`);

export type GroupItem = SeminarGroupsQuery['seminarGroups']['groups'][number];
export type GroupMemberItem = SeminarGroupsQuery['seminarGroups']['ungrouped'][number];

/** What one of the leaders' group actions answers: null when it worked, else the message to show. */
export type GroupActionResult = Promise<string | null>;

/**
 * A seminar's groups for its owners and moderators (docs/small-groups.md), and what they do to
 * them; every action asks for the groups again, since one move can change two groups.
 */
export function useSeminarGroups(seminarId: string) {
  const [result, refetch] = useQuery({
    query: SeminarGroupsDocument,
    variables: { seminarId },
    requestPolicy: 'cache-and-network',
  });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const [, create] = useMutation(CreateSeminarGroupDocument);
  const [, rename] = useMutation(RenameSeminarGroupDocument);
  const [, remove] = useMutation(DeleteSeminarGroupDocument);
  const [, move] = useMutation(MoveGroupMemberDocument);
  const [, split] = useMutation(SplitIntoGroupsDocument);
  const after = useCallback(
    async (done: Promise<{ error?: CombinedError }>): GroupActionResult => {
      const { error } = await done;
      reload();
      return error ? errorMessage(error) : null;
    },
    [reload],
  );
  const context = { additionalTypenames: ['SeminarGroup', 'SeminarGroups'] };
  return {
    groups: result.data?.seminarGroups.groups ?? [],
    ungrouped: result.data?.seminarGroups.ungrouped ?? [],
    ready: result.data !== undefined,
    error: result.error ? errorMessage(result.error) : null,
    create: (name: string, clientId: string) => after(create({ input: { seminarId, name, clientId } }, context)),
    rename: (groupId: string, name: string) => after(rename({ input: { groupId, name } }, context)),
    remove: (groupId: string) => after(remove({ input: { groupId } }, context)),
    move: (userId: string, groupId: string | null) => after(move({ input: { seminarId, userId, groupId } }, context)),
    split: (size: number) => after(split({ input: { seminarId, size } }, context)),
  };
}

export type SeminarGroupsActions = ReturnType<typeof useSeminarGroups>;
