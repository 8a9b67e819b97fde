import { memo, useState } from 'react';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { RelativeTime } from '../../ui/RelativeTime';
import { ReactionBar } from './ReactionBar';
import { ReplyComposer } from './ReplyComposer';
import type { ReplyRow } from './reply-rows';
import { ThreadReply, useThread } from './thread-host';
import styles from './Thread.module.css';

/**
 * One reply: who, when, what (safe HTML from the API), what its host adds (reactions, moderation),
 * and reply/edit/delete for its author. A deleted or removed reply keeps its place, without its text.
 */
export const ReplyItem = memo(function ReplyItem({ row }: { row: ReplyRow<ThreadReply> }) {
  const { reply, indent, inReplyTo } = row;
  const { host, open } = useThread();
  const [mode, setMode] = useState<'read' | 'reply' | 'edit' | 'delete'>('read');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = reply.author.id === host.viewerId;
  const removed = reply.moderation === 'REMOVED';
  const silenced = reply.deleted || removed;

  async function remove() {
    setBusy(true);
    setError(null);
    const result = await host.deleteReply(reply.id);
    setBusy(false);
    if (result.ok) setMode('read');
    else setError(result.error);
  }

  return (
    <li
      className={styles.reply}
      data-indent={indent}
      data-reply-id={reply.id}
      data-moderation={reply.moderation}
      aria-label={`Reply by ${reply.author.displayName}`}
    >
      <div className={styles.replyHead}>
        <Avatar id={reply.author.id} name={reply.author.displayName} size="sm" />
        <span className={styles.author}>{reply.author.displayName}</span>
        <span className={styles.meta}>
          <RelativeTime iso={reply.createdAt} />
          {reply.editedAt && !silenced && (
            <span title={new Date(reply.editedAt).toLocaleString('en')}> · edited</span>
          )}
        </span>
        {host.badge?.(reply)}
      </div>
      {inReplyTo && <p className={styles.inReplyTo}>in reply to {inReplyTo}</p>}
      {reply.deleted ? (
        <p className={styles.gone}>{host.wording.deleted}</p>
      ) : removed ? (
        <p className={styles.gone}>Removed by a moderator.</p>
      ) : mode === 'edit' ? (
        <ReplyComposer
          threadId={reply.threadId}
          parentId={reply.parentId}
          label="Edit your reply"
          initial={reply.body}
          submitLabel="Save"
          onSubmit={(body) => host.editReply(reply.id, body)}
          onDone={() => setMode('read')}
          autoFocus
        />
      ) : (
        <div className={styles.body} dangerouslySetInnerHTML={{ __html: reply.bodyHtml }} />
      )}
      {!silenced && mode !== 'edit' && (
        <div className={styles.replyActions}>
          {host.reactions && (
            <ReactionBar
              reactions={reply.reactions ?? []}
              onToggle={(kind, active) => host.reactions?.toggle(reply, kind, active)}
              interactive={host.reactions.interactive}
              label="Reactions to this reply"
            />
          )}
          {open && (
            <button
              type="button"
              className={styles.link}
              aria-expanded={mode === 'reply'}
              onClick={() => setMode(mode === 'reply' ? 'read' : 'reply')}
            >
              Reply
            </button>
          )}
          {mine && (
            <>
              <button type="button" className={styles.link} onClick={() => setMode('edit')}>
                Edit
              </button>
              <button type="button" className={styles.link} onClick={() => setMode('delete')}>
                Delete
              </button>
            </>
          )}
          {!mine && host.othersActions?.(reply)}
        </div>
      )}
      {mode === 'delete' && (
        <div className={styles.confirm} role="group" aria-label="Delete this reply?">
          <span>{host.wording.confirmDelete}</span>
          <Button variant="quiet" onClick={() => setMode('read')}>
            Keep
          </Button>
          <Button variant="secondary" busy={busy} busyLabel="Deleting…" onClick={() => void remove()}>
            Delete
          </Button>
        </div>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      {host.moderatorActions?.(reply)}
      {mode === 'reply' && (
        <ReplyComposer
          threadId={reply.threadId}
          parentId={reply.id}
          label={`Reply to ${reply.author.displayName}`}
          onDone={() => setMode('read')}
          autoFocus
        />
      )}
    </li>
  );
});
