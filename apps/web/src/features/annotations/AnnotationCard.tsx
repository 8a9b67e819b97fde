import { KeyboardEvent, memo, MouseEvent, useState } from 'react';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { Notice } from '../../ui/Notice';
import { CitedByList } from '../debates/CitedByList';
import { useLiveStage } from '../live/live-stage';
import { SpotlightAction, SpotlitBadge } from '../live/SpotlightAction';
import { annotationMayBeSpotlit } from '../live/spotlight-targets';
import { RelativeTime } from '../../ui/RelativeTime';
import { MOTIVATIONS, motivationLabel } from './annotation-labels';
import { useAnnotationView } from './annotation-view-context';
import styles from './AnnotationCard.module.css';
import { AnnotationEditor } from './AnnotationEditor';
import { AnnotationThread } from './AnnotationThread';
import { ReactionBar } from '../threads/ReactionBar';
import { useAnnotationActions } from './useAnnotationActions';
import { useStoreSelector } from './useStoreSelector';

export interface AnnotationCardProps {
  id: string;
  active: boolean;
  /** Open this card (and show its passage). */
  onActivate: (id: string) => void;
  onClose: () => void;
  /** Said instead of the quote's place when the passage is gone (orphaned). */
  orphaned?: boolean;
}

/**
 * One annotation in the sidebar: author, kind, the quoted words, the text (the API's safe HTML),
 * tags, reactions and how many replies; opened, its thread in place. The card is focusable:
 * Enter opens it, the arrow keys move between cards, Escape closes it.
 */
export const AnnotationCard = memo(function AnnotationCard({ id, active, onActivate, onClose, orphaned = false }: AnnotationCardProps) {
  const annotation = useStoreSelector((s) => s.annotations[id]);
  const { viewerId, canParticipate } = useAnnotationView();
  const actions = useAnnotationActions();
  const { latest, spotlight } = useLiveStage();
  const [mode, setMode] = useState<'read' | 'edit' | 'confirm-delete'>('read');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!annotation) return null;

  const mine = annotation.author.id === viewerId;
  const spotlit = latest?.annotationId === id;
  const kind = MOTIVATIONS.find((m) => m.value === annotation.motivation);
  const label = `${motivationLabel(annotation.motivation)} by ${annotation.author.displayName} on “${truncate(annotation.target.exact, 60)}”`;

  function handleKey(event: KeyboardEvent<HTMLElement>) {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate(id);
    } else if (event.key === 'Escape' && active) {
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const cards = Array.from(document.querySelectorAll<HTMLElement>('[data-annotation-card]'));
      const at = cards.indexOf(event.currentTarget);
      cards[at + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
    }
  }

  function handleClick(event: MouseEvent<HTMLElement>) {
    // Controls inside the card do their own thing; a click elsewhere on it opens it.
    if ((event.target as Element).closest('button, a, input, textarea, label, form')) return;
    onActivate(id);
  }

  async function remove() {
    if (!annotation) return;
    setBusy(true);
    const result = await actions.remove(annotation);
    setBusy(false);
    if (!result.ok) setError(result.error);
    else setMode('read');
  }

  return (
    // The card is a focusable article: keyboard users open it with Enter (handleKey).
    <article
      className={styles.card}
      data-annotation-card={id}
      data-active={active || undefined}
      data-color={annotation.color}
      data-deleted={annotation.deleted || undefined}
      data-spotlit={spotlit || undefined}
      tabIndex={0}
      aria-label={label}
      onClick={handleClick}
      onKeyDown={handleKey}
    >
      <header className={styles.head}>
        <Avatar id={annotation.author.id} name={annotation.author.displayName} size="sm" />
        <span className={styles.author}>{annotation.author.displayName}</span>
        <span className={styles.meta}>
          <RelativeTime iso={annotation.createdAt} />
          {annotation.editedAt && !annotation.deleted && ' · edited'}
        </span>
        <span className={styles.badges}>
          {spotlit && <SpotlitBadge />}
          {annotation.visibility === 'PRIVATE' && (
            <span className={styles.badge} title="Private: only you can see it">
              <Icon name="lock" size={13} />
              <span className={styles.badgeLabel}>Private</span>
            </span>
          )}
          {kind && annotation.motivation !== 'commenting' && (
            <span className={styles.badge} data-kind={annotation.motivation} title={kind.label}>
              <Icon name={kind.icon} size={13} />
              <span className={styles.badgeLabel}>{kind.label}</span>
            </span>
          )}
        </span>
      </header>

      <blockquote className={styles.quote} data-orphaned={orphaned || undefined}>
        {orphaned && (
          <span className={styles.orphanNote}>
            <Icon name="orphan" size={13} /> This passage is no longer in the reading.
          </span>
        )}
        <span className={styles.quoteText}>{annotation.target.exact}</span>
        {annotation.page && <span className={styles.page}>p. {annotation.page.label}</span>}
      </blockquote>

      {annotation.deleted ? (
        <p className={styles.deleted}>deleted</p>
      ) : mode === 'edit' ? (
        <AnnotationEditor annotation={annotation} onDone={() => setMode('read')} />
      ) : (
        annotation.bodyHtml && (
          // The API renders Markdown to sanitized HTML (no scripts, handlers or javascript: links).
          <div className={styles.body} dangerouslySetInnerHTML={{ __html: annotation.bodyHtml }} />
        )
      )}

      {active && annotation.tags.length > 0 && mode !== 'edit' && <Tags tags={annotation.tags} />}

      {active ? (
        <>
          {!annotation.deleted && mode !== 'edit' && (
            <div className={styles.actions}>
              <ReactionBar reactions={annotation.reactions} onToggle={(k, on) => void actions.react(annotation, 'annotation', k, on)} interactive={canParticipate} label="Reactions to the annotation" />
              {mine && (
                <span className={styles.ownActions}>
                  <button type="button" className={styles.iconButton} onClick={() => setMode('edit')} aria-label="Edit this annotation" title="Edit">
                    <Icon name="edit" size={15} />
                  </button>
                  <button type="button" className={styles.iconButton} onClick={() => setMode('confirm-delete')} aria-label="Delete this annotation" title="Delete">
                    <Icon name="trash" size={15} />
                  </button>
                </span>
              )}
            </div>
          )}
          {mode === 'confirm-delete' && (
            <div className={styles.confirm} role="group" aria-label="Delete this annotation?">
              <span>{annotation.replyCount > 0 ? 'Delete it? The thread stays, marked deleted.' : 'Delete this annotation?'}</span>
              <Button variant="quiet" onClick={() => setMode('read')}>
                Keep
              </Button>
              <Button variant="secondary" onClick={() => void remove()} busy={busy} busyLabel="Deleting…">
                Delete
              </Button>
            </div>
          )}
          {error && <Notice tone="error">{error}</Notice>}
          <CitedByList annotationId={annotation.id} readingId={annotation.readingId} />
          <AnnotationThread annotation={annotation} />
        </>
      ) : (
        <footer className={styles.foot}>
          {annotation.tags.length > 0 && <Tags tags={annotation.tags} />}
          <ReactionBar reactions={annotation.reactions} onToggle={() => undefined} interactive={false} />
          {annotation.replyCount > 0 && (
            <span className={styles.replyCount}>
              {annotation.replyCount} {annotation.replyCount === 1 ? 'reply' : 'replies'}
            </span>
          )}
          {annotation.citedBy.length > 0 && (
            <span className={styles.citedBy} title="Claims in the seminar’s debates cite this passage as evidence">
              Cited by {annotation.citedBy.length} {annotation.citedBy.length === 1 ? 'claim' : 'claims'}
              {' '}({annotation.citedBy.filter((c) => c.stance === 'PRO').length} pro · {annotation.citedBy.filter((c) => c.stance === 'CON').length} con)
            </span>
          )}
        </footer>
      )}
      {spotlight && !orphaned && annotationMayBeSpotlit(annotation) && (
        <div className={styles.spotlight}>
          <SpotlightAction target={{ annotationId: id }} noun="annotation" />
        </div>
      )}
    </article>
  );
});

function Tags({ tags }: { tags: readonly string[] }) {
  return (
    <ul className={styles.tags} aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag}>#{tag}</li>
      ))}
    </ul>
  );
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
