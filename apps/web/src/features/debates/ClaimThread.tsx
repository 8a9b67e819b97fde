import { debateRoom } from '@glossa/contracts';
import { FormEvent, useId, useMemo, useRef, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import { newClientId } from '../../graphql/client-id';
import { errorMessage } from '../../graphql/graphql-error';
import { ThreadRoomContext } from '../../realtime/thread-room-context';
import { TypingLine } from '../../realtime/TypingLine';
import { useAnnounceTyping } from '../../realtime/useTyping';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ThreadLockedNote } from '../../ui/ThreadLockedNote';
import { RelativeTime } from '../../ui/RelativeTime';
import { FlagAction } from '../moderation/FlagAction';
import { PostModerationActions } from '../moderation/PostModerationActions';
import type { ActionResult } from './action-result';
import type { Claim, ClaimReply } from './claim-fields';
import styles from './ClaimThread.module.css';
import { ModerationBadge } from './ModerationBadge';
import { replyRows } from './reply-order';
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

/** A claim's discussion, opened in its card: the replies as a conversation, and a composer. */
export function ClaimThread({ claim }: { claim: Claim }) {
  const view = useDebateView();
  const client = useClient();
  const [later, setLater] = useState<{ replies: ClaimReply[]; cursor: string | null } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const first = useMemo(() => claim.replies.edges.map((e) => e.node), [claim.replies]);
  const all = useMemo(() => {
    const seen = new Set(first.map((r) => r.id));
    return [...first, ...(later?.replies ?? []).filter((r) => !seen.has(r.id))];
  }, [first, later]);
  const rows = useMemo(() => replyRows(all), [all]);
  const hasMore = later ? later.cursor !== null : claim.replies.pageInfo.hasNextPage;
  const open = view.participates && claim.moderation === 'VISIBLE' && !claim.deleted && !claim.locked;
  const room = claim.moderation === 'VISIBLE' ? debateRoom(claim.debateId) : null;

  async function loadMore() {
    const after = later?.cursor ?? claim.replies.pageInfo.endCursor;
    const result = await client
      .query(LaterRepliesDocument, { id: claim.id, after }, { requestPolicy: 'network-only' })
      .toPromise();
    if (!result.data) {
      setLoadError(result.error ? errorMessage(result.error) : 'Could not load the replies.');
      return;
    }
    const page = result.data.claim.replies;
    setLater((prev) => ({
      replies: [...(prev?.replies ?? []), ...page.edges.map((e) => e.node)],
      cursor: page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null,
    }));
  }

  return (
    <ThreadRoomContext.Provider value={room}>
      <section className={styles.thread} aria-label={`Discussion of the claim by ${claim.author.displayName}`}>
        {rows.length === 0 && (
          <p className={styles.empty}>No replies yet.{open ? ' Ask a question or add a nuance.' : ''}</p>
        )}
        {rows.length > 0 && (
          <ol className={styles.replies}>
            {rows.map((row) => (
              <ReplyItem
                key={row.reply.id}
                reply={row.reply}
                indent={row.indent}
                inReplyTo={row.inReplyTo}
                threadOpen={open}
              />
            ))}
          </ol>
        )}
        {hasMore && (
          <button type="button" className={styles.more} onClick={() => void loadMore()}>
            Show later replies
          </button>
        )}
        {loadError && <Notice tone="error">{loadError}</Notice>}
        {claim.locked && <ThreadLockedNote />}
        <TypingLine room={room} threadId={claim.threadId} />
        {open && <ReplyForm threadId={claim.threadId} parentId={null} label={`Reply to ${claim.author.displayName}`} />}
      </section>
    </ThreadRoomContext.Provider>
  );
}

function ReplyItem({
  reply,
  indent,
  inReplyTo,
  threadOpen,
}: {
  reply: ClaimReply;
  indent: number;
  inReplyTo: string | null;
  threadOpen: boolean;
}) {
  const view = useDebateView();
  const actions = useClaimActions();
  const [mode, setMode] = useState<'read' | 'reply' | 'edit' | 'delete'>('read');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const mine = reply.author.id === view.viewerId;
  const silenced = reply.deleted || reply.moderation === 'REMOVED';

  async function run(action: () => Promise<ActionResult>) {
    setBusy(true);
    const result = await action();
    setBusy(false);
    if (result.ok) {
      setMode('read');
      setError(null);
    } else setError(result.error);
  }

  return (
    <li
      className={styles.reply}
      data-indent={indent}
      data-moderation={reply.moderation}
      aria-label={`Reply by ${reply.author.displayName}`}
    >
      <div className={styles.head}>
        <Avatar id={reply.author.id} name={reply.author.displayName} size="sm" />
        <span className={styles.author}>{reply.author.displayName}</span>
        <span className={styles.meta}>
          <RelativeTime iso={reply.createdAt} />
          {reply.editedAt && !silenced && ' · edited'}
        </span>
        <ModerationBadge moderation={reply.moderation} subject="reply" />
      </div>
      {inReplyTo && <p className={styles.inReplyTo}>in reply to {inReplyTo}</p>}
      {reply.deleted ? (
        <p className={styles.gone}>Deleted by its author.</p>
      ) : reply.moderation === 'REMOVED' ? (
        <p className={styles.gone}>Removed by a moderator.</p>
      ) : mode === 'edit' ? (
        <ReplyForm
          threadId={reply.threadId}
          parentId={reply.parentId}
          label="Edit your reply"
          initial={reply.body}
          submitLabel="Save"
          onSubmit={(body) => actions.editReply(reply.id, body)}
          onDone={() => setMode('read')}
        />
      ) : (
        // The API renders Markdown to sanitized HTML (no scripts, handlers or javascript: links).
        <div className={styles.body} dangerouslySetInnerHTML={{ __html: reply.bodyHtml }} />
      )}
      {!silenced && mode !== 'edit' && (
        <div className={styles.actions}>
          {threadOpen && (
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
          {!mine && <FlagAction subjectType="REPLY" subjectId={reply.id} noun="reply" />}
        </div>
      )}
      {mode === 'delete' && (
        <div className={styles.confirm} role="group" aria-label="Delete this reply?">
          <span>Delete this reply? Its place in the discussion stays.</span>
          <Button variant="quiet" onClick={() => setMode('read')}>
            Keep
          </Button>
          <Button
            variant="secondary"
            busy={busy}
            busyLabel="Deleting…"
            onClick={() => void run(() => actions.deleteReply(reply.id))}
          >
            Delete
          </Button>
        </div>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      {view.moderates && !reply.deleted && (
        <PostModerationActions
          subjectType="REPLY"
          subjectId={reply.id}
          moderation={reply.moderation}
          onChanged={view.refresh}
          compact
        />
      )}
      {mode === 'reply' && (
        <ReplyForm
          threadId={reply.threadId}
          parentId={reply.id}
          label={`Reply to ${reply.author.displayName}`}
          onDone={() => setMode('read')}
          autoFocus
        />
      )}
    </li>
  );
}

interface ReplyFormProps {
  threadId: string;
  parentId: string | null;
  label: string;
  initial?: string;
  submitLabel?: string;
  /** Defaults to posting a new reply. */
  onSubmit?: (body: string) => Promise<ActionResult>;
  onDone?: () => void;
  autoFocus?: boolean;
}

/**
 * Writes a reply (or edits one). One clientId per reply being written: a retry after a lost answer
 * returns the reply already saved instead of posting it twice.
 */
function ReplyForm({
  threadId,
  parentId,
  label,
  initial = '',
  submitLabel = 'Reply',
  onSubmit,
  onDone,
  autoFocus,
}: ReplyFormProps) {
  const id = useId();
  const actions = useClaimActions();
  const [body, setBody] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const clientId = useRef(newClientId());
  const announceTyping = useAnnounceTyping(threadId);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!body.trim() || busy) return;
    setBusy(true);
    setError(null);
    const result = onSubmit
      ? await onSubmit(body)
      : await actions.reply({ threadId, parentId, body, clientId: clientId.current });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    clientId.current = newClientId();
    setBody('');
    onDone?.();
  }

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)}>
      <label htmlFor={id} className={styles.srOnly}>
        {label}
      </label>
      <textarea
        id={id}
        className={styles.textarea}
        value={body}
        rows={2}
        placeholder={parentId || onSubmit ? `${label}…` : 'Add to the discussion…'}
        onChange={(e) => {
          setBody(e.target.value);
          // Writing a reply, not editing one.
          if (!onSubmit && e.target.value.trim()) announceTyping();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) void submit();
          if (e.key === 'Escape') onDone?.();
        }}
        autoFocus={autoFocus}
      />
      {error && <Notice tone="error">{error}</Notice>}
      {(body.trim() || onDone) && (
        <div className={styles.formActions}>
          {onDone && (
            <Button variant="quiet" onClick={onDone}>
              Cancel
            </Button>
          )}
          <Button type="submit" busy={busy} busyLabel="Sending…" disabled={!body.trim()}>
            {submitLabel}
          </Button>
        </div>
      )}
    </form>
  );
}
