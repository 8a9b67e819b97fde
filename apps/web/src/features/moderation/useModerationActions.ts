import { useMemo } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import type { DebateAction, FlagResolution, ModerationMode, ModerationSubject, PostAction } from '../../gql/graphql';
import { ActionResult, failedAction } from '../../graphql/action-result';

const FlagDocument = graphql(`
  mutation FlagPost($input: FlagInput!) {
    flag(input: $input) {
      id
      status
    }
  }
`);

const ModeratePostDocument = graphql(`
  mutation ModeratePost($input: ModeratePostInput!) {
    moderatePost(input: $input) {
      id
      action
      subjectType
      subjectId
      reason
      moderatorName
      details
      createdAt
    }
  }
`);

const ModerateDebateDocument = graphql(`
  mutation ModerateDebate($input: ModerateDebateInput!) {
    moderateDebate(input: $input) {
      id
      status
      moderationMode
      slowModeSeconds
    }
  }
`);

const CloseFlagDocument = graphql(`
  mutation CloseFlag($input: CloseFlagInput!) {
    closeFlag(input: $input) {
      id
      status
    }
  }
`);

export interface PostRef {
  subjectType: ModerationSubject;
  subjectId: string;
}

export interface DebateChange {
  action: DebateAction;
  slowModeSeconds?: number;
  moderationMode?: ModerationMode;
}

export interface ModerationActions {
  flag: (post: PostRef, reason: string) => Promise<ActionResult>;
  moderatePost: (post: PostRef, action: PostAction, reason: string) => Promise<ActionResult>;
  moderateDebate: (debateId: string, change: DebateChange, reason: string) => Promise<ActionResult>;
  closeFlag: (flagId: string, resolution: FlagResolution, reason: string) => Promise<ActionResult>;
}

/**
 * Flagging (everyone) and the moderators' actions. Every moderator action carries its reason to the
 * audit log; a CONFLICT answer means another moderator acted on the item first.
 */
export function useModerationActions(): ModerationActions {
  const client = useClient();
  return useMemo<ModerationActions>(() => {
    const ok: ActionResult = { ok: true, value: undefined };
    // The queue and the log list other types than the answers: name them so both refetch.
    const context = {
      additionalTypenames: ['ModerationQueueItem', 'ModerationAction', 'Claim', 'Reply', 'Annotation', 'Debate'],
    };
    const flagContext = { additionalTypenames: ['ModerationQueueItem'] };
    return {
      async flag(post, reason) {
        const result = await client.mutation(FlagDocument, { input: { ...post, reason } }, flagContext).toPromise();
        return result.data ? ok : failedAction(result.error);
      },
      async moderatePost(post, action, reason) {
        const result = await client
          .mutation(ModeratePostDocument, { input: { ...post, action, reason } }, context)
          .toPromise();
        return result.data ? ok : failedAction(result.error);
      },
      async moderateDebate(debateId, change, reason) {
        const result = await client
          .mutation(ModerateDebateDocument, { input: { debateId, ...change, reason } }, context)
          .toPromise();
        return result.data ? ok : failedAction(result.error);
      },
      async closeFlag(flagId, resolution, reason) {
        const result = await client
          .mutation(CloseFlagDocument, { input: { flagId, resolution, reason } }, context)
          .toPromise();
        return result.data ? ok : failedAction(result.error);
      },
    };
  }, [client]);
}
