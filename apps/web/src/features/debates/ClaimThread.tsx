import { debateRoom } from '@glossa/contracts';
import { useMemo, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../graphql/graphql-error';
import { FlagAction } from '../moderation/FlagAction';
import { PostModerationActions } from '../moderation/PostModerationActions';
import { ModerationBadge } from '../posts/ModerationBadge';
import { ReplyThread } from '../threads/ReplyThread';
import type { ThreadHost, ThreadWording } from '../threads/thread-host';
import type { Claim, ClaimReply } from './claim-fields';
import { useClaimActions } from './useClaimActions';
import { useDebateView } from './useDebateView';

const LaterRepliesDocument = graphql(`
  query LaterClaimReplies($id: ID!, $after: String) {
    claim(id: $id) {
      id
      replies(first: 100, after: $after) {
        edges {
          node {
            ...ClaimReplyFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const WORDING: ThreadWording = {
  deleted: 'Deleted by its author.',
  confirmDelete: 'Delete this reply? Its place in the discussion stays.',
  placeholder: 'Add to the discussion…',
  sending: 'Sending…',
  saving: 'Sending…',
};

/** A claim's discussion, opened in its card: the replies as a conversation, and a composer. */
export function ClaimThread({ claim }: { claim: Claim }) {
  const view = useDebateView();
  const actions = useClaimActions();
  const client = useClient();
  const [later, setLater] = useState<{ replies: ClaimReply[]; cursor: string | null } | null>(null);
  const first = useMemo(() => claim.replies.edges.map((e) => e.node), [claim.replies]);
  const replies = useMemo(() => {
    const seen = new Set(first.map((r) => r.id));
    return [...first, ...(later?.replies ?? []).filter((r) => !seen.has(r.id))];
  }, [first, later]);
  const hasMore = later ? later.cursor !== null : claim.replies.pageInfo.hasNextPage;
  const open = view.participates && claim.moderation === 'VISIBLE' && !claim.deleted && !claim.locked;
  const { viewerId, moderates, refresh } = view;
  const host = useMemo<ThreadHost>(
    () => ({
      viewerId,
      wording: WORDING,
      mentionable: null,
      reply: (input) => actions.reply(input),
      editReply: (replyId, body) => actions.editReply(replyId, body),
      deleteReply: (replyId) => actions.deleteReply(replyId),
      badge: (reply) => <ModerationBadge moderation={reply.moderation ?? 'VISIBLE'} subject="reply" />,
      othersActions: (reply) => <FlagAction subjectType="REPLY" subjectId={reply.id} noun="reply" />,
      moderatorActions: (reply) =>
        moderates &&
        !reply.deleted && (
          <PostModerationActions
            subjectType="REPLY"
            subjectId={reply.id}
            moderation={reply.moderation ?? 'VISIBLE'}
            onChanged={refresh}
            compact
          />
        ),
    }),
    [viewerId, moderates, refresh, actions],
  );

  async function loadMore(): Promise<string | null> {
    const after = later?.cursor ?? claim.replies.pageInfo.endCursor;
    const result = await client
      .query(LaterRepliesDocument, { id: claim.id, after }, { requestPolicy: 'network-only' })
      .toPromise();
    if (!result.data) return result.error ? errorMessage(result.error) : 'Could not load the replies.';
    const page = result.data.claim.replies;
    setLater((prev) => ({
      replies: [...(prev?.replies ?? []), ...page.edges.map((e) => e.node)],
      cursor: page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null,
    }));
    return null;
  }

  return (
    <ReplyThread
      host={host}
      threadId={claim.threadId}
      room={claim.moderation === 'VISIBLE' ? debateRoom(claim.debateId) : null}
      label={`Discussion of the claim by ${claim.author.displayName}`}
      replies={replies}
      answering={claim.author.displayName}
      open={open}
      locked={claim.locked}
      empty={`No replies yet.${open ? ' Ask a question or add a nuance.' : ''}`}
      hasMore={hasMore}
      loadMore={loadMore}
    />
  );
}
