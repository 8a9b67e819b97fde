import { Link } from 'react-router';
import { RelativeTime } from '../../ui/RelativeTime';
import type { ActionResult } from '../../graphql/action-result';
import { ModerationBadge } from '../posts/ModerationBadge';
import { ExtraModerationAction, PostModerationActions } from './PostModerationActions';
import type { QueueGroup } from './queue-groups';
import styles from './QueueCard.module.css';
import { useModerationActions } from './useModerationActions';
import type { QueueItem } from './useModerationDesk';

const NOUNS = { CLAIM: 'Claim', REPLY: 'Reply', ANNOTATION: 'Annotation' } as const;

export interface QueueCardProps {
  group: QueueGroup<QueueItem>;
  debateMotion: (debateId: string) => string | null;
  readingTitle: (readingId: string) => string | null;
  onChanged: () => void;
}

/**
 * One post to review, in context (the text, the passage or the debate it belongs to, who wrote it),
 * with who flagged it and why, and one-click actions that each ask for a reason.
 */
export function QueueCard({ group, debateMotion, readingTitle, onChanged }: QueueCardProps) {
  const actions = useModerationActions();
  const { post, flags, pending } = group;
  const noun = NOUNS[post.subjectType];
  const headingId = `queue-${post.subjectId}`;

  const closeFlags = async (resolution: 'RESOLVED' | 'DISMISSED', reason: string): Promise<ActionResult> => {
    for (const flag of flags) {
      const result = await actions.closeFlag(flag.id, resolution, reason);
      if (!result.ok) return result;
    }
    return { ok: true, value: undefined };
  };
  const plural = flags.length === 1 ? 'flag' : 'flags';
  const extra: ExtraModerationAction[] =
    flags.length === 0
      ? []
      : [
          {
            key: 'DISMISS_FLAGS',
            label: `Dismiss ${plural}`,
            question: `Why dismiss the ${plural}? The post stays as it is.`,
            suggestions: ['Within the guidelines', 'Disagreement is not abuse'],
            run: (reason) => closeFlags('DISMISSED', reason),
          },
          {
            key: 'RESOLVE_FLAGS',
            label: `Resolve ${plural}`,
            question: `Why is it resolved? (for when you dealt with it another way)`,
            suggestions: ['Talked to the author', 'Author edited the post'],
            run: (reason) => closeFlags('RESOLVED', reason),
          },
        ];

  return (
    <article className={styles.card} aria-labelledby={headingId} data-kind={pending ? 'pending' : 'flag'}>
      <header className={styles.head}>
        <h3 id={headingId} className={styles.title}>
          <span className={styles.kind} data-kind={pending ? 'pending' : 'flag'}>
            {pending ? 'Waiting for approval' : `Flagged ${flags.length === 1 ? 'once' : `${flags.length} times`}`}
          </span>
          <span className={styles.noun}>
            {noun} by {post.authorName}
          </span>
        </h3>
        {post.moderation !== 'PENDING' && <ModerationBadge moderation={post.moderation} subject={noun.toLowerCase()} />}
        <span className={styles.when}>
          <RelativeTime iso={group.since} />
        </span>
      </header>

      {post.quote && (
        <p className={styles.passage}>
          On the passage <q className={styles.quote}>{post.quote}</q>
        </p>
      )}
      {post.excerpt ? (
        <blockquote className={styles.excerpt}>{withoutMarkdownMarks(post.excerpt)}</blockquote>
      ) : (
        <p className={styles.noText}>(no text: a highlight)</p>
      )}

      <p className={styles.context}>
        <ContextLink post={post} debateMotion={debateMotion} readingTitle={readingTitle} />
      </p>

      {flags.length > 0 && (
        <ul className={styles.flags} aria-label="Flags">
          {flags.map((f) => (
            <li key={f.id} className={styles.flag}>
              <span className={styles.reporter}>{f.reporterName}</span> flagged it:{' '}
              <span className={styles.flagReason}>“{f.reason}”</span>{' '}
              <span className={styles.flagWhen}>
                <RelativeTime iso={f.createdAt} />
              </span>
            </li>
          ))}
        </ul>
      )}

      <PostModerationActions
        subjectType={post.subjectType}
        subjectId={post.subjectId}
        moderation={post.moderation}
        extra={extra}
        onChanged={onChanged}
      />
    </article>
  );
}

function ContextLink({
  post,
  debateMotion,
  readingTitle,
}: {
  post: QueueItem;
  debateMotion: (id: string) => string | null;
  readingTitle: (id: string) => string | null;
}) {
  if (post.debateId) {
    const motion = debateMotion(post.debateId);
    const to =
      post.subjectType === 'CLAIM' ? `/debates/${post.debateId}?claim=${post.subjectId}` : `/debates/${post.debateId}`;
    return (
      <>
        In the debate <Link to={to}>{motion ? `“${shorten(motion)}”` : 'on this motion'}</Link>
      </>
    );
  }
  if (post.readingId) {
    const title = readingTitle(post.readingId);
    const to =
      post.subjectType === 'ANNOTATION'
        ? `/readings/${post.readingId}?annotation=${post.subjectId}`
        : `/readings/${post.readingId}`;
    return (
      <>
        In the reading <Link to={to}>{title ?? 'open it'}</Link>
      </>
    );
  }
  return null;
}

/** The excerpt is the post's Markdown source: show its words without the emphasis marks. */
function withoutMarkdownMarks(text: string): string {
  return text.replace(/(\*\*|__|\*|`)/g, '');
}

function shorten(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87).trimEnd()}…` : text;
}
