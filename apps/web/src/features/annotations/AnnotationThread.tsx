import { readingRoom } from '@glossa/contracts';
import { useEffect, useMemo, useState } from 'react';
import { Notice } from '../../ui/Notice';
import { ReplyThread } from '../threads/ReplyThread';
import type { ThreadHost, ThreadWording } from '../threads/thread-host';
import type { AnnotationRecord } from './annotation-fields';
import { useAnnotationView } from './annotation-view-context';
import { useAnnotationActions } from './useAnnotationActions';
import { useStoreSelector } from './useStoreSelector';

const WORDING: ThreadWording = {
  deleted: 'deleted',
  confirmDelete: 'Delete this reply? Its place in the thread stays.',
  placeholder: 'Reply… (@ to mention)',
  sending: 'Posting…',
  saving: 'Saving…',
};

/** An annotation's discussion, opened in place in its card: the replies as a tree, and a composer. */
export function AnnotationThread({ annotation }: { annotation: AnnotationRecord }) {
  const { viewerId, canParticipate, members } = useAnnotationView();
  const actions = useAnnotationActions();
  const thread = useStoreSelector((s) => s.threads[annotation.threadId]);
  const stored = useStoreSelector((s) => s.replies);
  const replies = useMemo(
    () => (thread?.replyIds ?? []).flatMap((id) => (stored[id] ? [stored[id]] : [])),
    [thread, stored],
  );
  const host = useMemo<ThreadHost>(
    () => ({
      viewerId,
      wording: WORDING,
      mentionable: members,
      reply: (input) => actions.reply(input),
      editReply: (replyId, body) => actions.editReply(replyId, body),
      deleteReply: (replyId) => actions.deleteReply(replyId),
      reactions: {
        interactive: canParticipate,
        toggle: (reply, kind, active) =>
          void actions.react({ id: reply.id, reactions: reply.reactions ?? [] }, 'reply', kind, active),
      },
    }),
    [viewerId, canParticipate, members, actions],
  );

  // The reading's annotations come without their replies: the thread fetches its first page as it opens.
  const unfetched = thread !== undefined && !thread.fetched;
  const [fetchError, setFetchError] = useState<string | null>(null);
  useEffect(() => {
    if (!unfetched) return;
    let current = true;
    void actions.moreReplies({ id: annotation.id, threadId: annotation.threadId }, null).then((result) => current && setFetchError(result.ok ? null : result.error));
    return () => {
      current = false;
    };
    // Keyed by the annotation's id, not the record: its later changes (a reaction, an edit) fetch nothing.
  }, [unfetched, annotation.id, actions]);

  async function loadMore() {
    const result = await actions.moreReplies(annotation, thread?.endCursor ?? null);
    return result.ok ? null : result.error;
  }

  return (
    <>
      {fetchError && <Notice tone="error">The replies could not be loaded: {fetchError}</Notice>}
      <ReplyThread
      host={host}
      threadId={annotation.threadId}
      room={annotation.visibility === 'SEMINAR' ? readingRoom(annotation.readingId) : null}
      label={`Discussion, ${replies.length} ${replies.length === 1 ? 'reply' : 'replies'}`}
      replies={replies}
      answering={annotation.author.displayName}
      open={canParticipate && !annotation.locked}
      locked={annotation.locked}
      postDeleted={annotation.deleted}
      hasMore={thread?.hasMore ?? false}
      fetching={unfetched && !fetchError}
      loadMore={loadMore}
    />
    </>
  );
}
