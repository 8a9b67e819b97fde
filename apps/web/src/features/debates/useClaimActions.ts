import { useMemo } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import type { AddClaimInput, ClaimFieldsFragment } from '../../gql/graphql';
import { ActionResult, failedAction } from '../../graphql/action-result';

const AddClaimDocument = graphql(`
  mutation AddClaim($input: AddClaimInput!) {
    addClaim(input: $input) {
      ...ClaimFields
    }
  }
`);

const EditClaimDocument = graphql(`
  mutation EditClaim($input: EditClaimInput!) {
    editClaim(input: $input) {
      id
      body
      bodyHtml
      editedAt
    }
  }
`);

const DeleteClaimDocument = graphql(`
  mutation DeleteClaim($input: ClaimRefInput!) {
    deleteClaim(input: $input) {
      id
      deleted
      body
      bodyHtml
    }
  }
`);

const VoteOnClaimDocument = graphql(`
  mutation VoteOnClaim($input: VoteInput!) {
    voteOnClaim(input: $input) {
      id
      votes {
        distribution
        mean
        count
        mine
      }
    }
  }
`);

const SetClaimEvidenceDocument = graphql(`
  mutation SetClaimEvidence($input: SetEvidenceInput!) {
    setClaimEvidence(input: $input) {
      id
      evidence {
        id
        readingId
        anchorStatus
        color
        page {
          label
        }
        target {
          exact
          start
          end
        }
      }
    }
  }
`);

const ReplyToClaimDocument = graphql(`
  mutation ReplyToClaim($input: ReplyInput!) {
    reply(input: $input) {
      ...ClaimReplyFields
    }
  }
`);

const EditClaimReplyDocument = graphql(`
  mutation EditClaimReply($input: EditReplyInput!) {
    editReply(input: $input) {
      ...ClaimReplyFields
    }
  }
`);

const DeleteClaimReplyDocument = graphql(`
  mutation DeleteClaimReply($input: ReplyRefInput!) {
    deleteReply(input: $input) {
      ...ClaimReplyFields
    }
  }
`);

export interface ClaimActions {
  add: (input: AddClaimInput) => Promise<ActionResult<ClaimFieldsFragment>>;
  edit: (claimId: string, body: string) => Promise<ActionResult>;
  remove: (claimId: string) => Promise<ActionResult>;
  /** null takes the vote back. */
  vote: (claimId: string, impact: number | null) => Promise<ActionResult>;
  setEvidence: (claimId: string, annotationIds: string[]) => Promise<ActionResult>;
  reply: (input: {
    threadId: string;
    parentId: string | null;
    body: string;
    clientId: string;
  }) => Promise<ActionResult>;
  editReply: (replyId: string, body: string) => Promise<ActionResult>;
  deleteReply: (replyId: string) => Promise<ActionResult>;
}

/**
 * The claim and reply mutations of a debate page. Each answer names the types it changed, so urql
 * refetches the debate; other people's changes arrive through the debate's live events.
 */
export function useClaimActions(): ClaimActions {
  const client = useClient();
  return useMemo<ClaimActions>(() => {
    const done = <T>(value: T): ActionResult<T> => ({ ok: true, value });
    return {
      async add(input) {
        const result = await client.mutation(AddClaimDocument, { input }).toPromise();
        return result.data ? done(result.data.addClaim) : failedAction(result.error);
      },
      async edit(claimId, body) {
        const result = await client.mutation(EditClaimDocument, { input: { claimId, body } }).toPromise();
        return result.data ? done(undefined) : failedAction(result.error);
      },
      async remove(claimId) {
        const result = await client.mutation(DeleteClaimDocument, { input: { claimId } }).toPromise();
        return result.data ? done(undefined) : failedAction(result.error);
      },
      async vote(claimId, impact) {
        const result = await client.mutation(VoteOnClaimDocument, { input: { claimId, impact } }).toPromise();
        return result.data ? done(undefined) : failedAction(result.error);
      },
      async setEvidence(claimId, annotationIds) {
        const result = await client
          .mutation(SetClaimEvidenceDocument, { input: { claimId, annotationIds } })
          .toPromise();
        return result.data ? done(undefined) : failedAction(result.error);
      },
      async reply(input) {
        const result = await client
          .mutation(ReplyToClaimDocument, { input: { ...input, parentId: input.parentId ?? undefined } })
          .toPromise();
        return result.data ? done(undefined) : failedAction(result.error);
      },
      async editReply(replyId, body) {
        const result = await client.mutation(EditClaimReplyDocument, { input: { replyId, body } }).toPromise();
        return result.data ? done(undefined) : failedAction(result.error);
      },
      async deleteReply(replyId) {
        const result = await client.mutation(DeleteClaimReplyDocument, { input: { replyId } }).toPromise();
        return result.data ? done(undefined) : failedAction(result.error);
      },
    };
  }, [client]);
}
