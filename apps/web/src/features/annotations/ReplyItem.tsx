import { memo, useContext, useState } from 'react';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { RelativeTime } from '../../ui/RelativeTime';
import { useAnnotationView } from './annotation-view-context';
import { MentionTextarea } from './MentionTextarea';
import { ReactionBar } from './ReactionBar';
import type { ReplyRow } from './reply-rows';
import { ReplyComposer } from './ReplyComposer';
import { ThreadLockContext } from './thread-lock-context';
import styles from './Thread.module.css';
import { useAnnotationActions } from './useAnnotationActions';

/** One reply: who, when, what (safe HTML from the API), reactions, and reply/edit/delete for its author. */
export const ReplyItem = memo(function ReplyItem({ row }: { row: ReplyRow }) {
  const { reply, indent, inReplyTo } = row;
  const { viewerId, canParticipate, members } = useAnnotationView();
  const locked = useContext(ThreadLockContext);
  const actions = useAnnotationActions();
  const [mode, setMode] = useState<'read' | 'reply' | 'edit' | 'confirm-delete'>('read');
  const [draft, setDraft] = useState(reply.body);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = reply.author.id === viewerId;

  async function run(action: () => Promise<{ ok: boolean; error?: string }>) {
    setBusy(true);
    setError(null);
    const result = await action();
    setBusy(false);
    if (result.ok) setMode('read');
    else setError(result.error ?? null);
  }

  return (
    <li className={styles.reply} data-indent={indent} data-reply-id={reply.id} aria-label={`Reply by ${reply.author.displayName}`}>
      <div className={styles.replyHead}>
        <Avatar id={reply.author.id} name={reply.author.displayName} size="sm" />
        <span className={styles.author}>{reply.author.displayName}</span>
        <span className={styles.meta}>
          <RelativeTime iso={reply.createdAt} />
          {reply.editedAt && !reply.deleted && (
            <span title={new Date(reply.editedAt).toLocaleString('en')}> · edited</span>
          )}
        </span>
      </div>
      {inReplyTo && <p className={styles.inReplyTo}>in reply to {inReplyTo}</p>}
      {reply.deleted ? (
        <p className={styles.deleted}>deleted</p>
      ) : mode === 'edit' ? (
        <div className={styles.edit}>
          <MentionTextarea value={draft} onChange={setDraft} members={members} label="Edit your reply" onSubmit={() => void run(() => actions.editReply(reply.id, draft))} onCancel={() => setMode('read')} autoFocus rows={2} />
          <div className={styles.composerActions}>
            <Button variant="quiet" onClick={() => setMode('read')}>
              Cancel
            </Button>
            <Button onClick={() => void run(() => actions.editReply(reply.id, draft))} busy={busy} busyLabel="Saving…" disabled={!draft.trim()}>
              Save
            </Button>
          </div>
        </div>
      ) : (
        // The API renders Markdown to sanitized HTML (no scripts, handlers or javascript: links).
        <div className={styles.body} dangerouslySetInnerHTML={{ __html: reply.bodyHtml }} />
      )}
      {!reply.deleted && mode !== 'edit' && (
        <div className={styles.replyActions}>
          <ReactionBar reactions={reply.reactions} onToggle={(kind, active) => void actions.react(reply, 'reply', kind, active)} interactive={canParticipate} label="Reactions to this reply" />
          {canParticipate && !locked && (
            <button type="button" className={styles.link} onClick={() => setMode(mode === 'reply' ? 'read' : 'reply')}>
              Reply
            </button>
          )}
          {mine && (
            <>
              <button
                type="button"
                className={styles.link}
                onClick={() => {
                  setDraft(reply.body);
                  setMode('edit');
                }}
              >
                Edit
              </button>
              <button type="button" className={styles.link} onClick={() => setMode('confirm-delete')}>
                Delete
              </button>
            </>
          )}
        </div>
      )}
      {mode === 'confirm-delete' && (
        <div className={styles.confirm} role="group" aria-label="Delete this reply?">
          <span>Delete this reply? Its place in the thread stays.</span>
          <Button variant="quiet" onClick={() => setMode('read')}>
            Keep
          </Button>
          <Button variant="secondary" onClick={() => void run(() => actions.deleteReply(reply.id))} busy={busy} busyLabel="Deleting…">
            Delete
          </Button>
        </div>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      {mode === 'reply' && <ReplyComposer threadId={reply.threadId} parentId={reply.id} answering={reply.author.displayName} onDone={() => setMode('read')} autoFocus />}
    </li>
  );
});
