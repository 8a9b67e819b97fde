import { useState } from 'react';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { RelativeTime } from '../../ui/RelativeTime';
import { useLiveStage } from '../live/live-stage';
import { SpotlightAction, SpotlitBadge } from '../live/SpotlightAction';
import { claimMayBeSpotlit } from '../live/spotlight-targets';
import { FlagAction } from '../moderation/FlagAction';
import { PostModerationActions } from '../moderation/PostModerationActions';
import type { ActionResult } from '../../graphql/action-result';
import { Icon } from '../../ui/Icon';
import type { Claim } from './claim-fields';
import styles from './ClaimCard.module.css';
import { ClaimThread } from './ClaimThread';
import { EvidencePicker, PickedPassage } from './EvidencePicker';
import { EvidenceQuote } from './EvidenceQuote';
import { ImpactBar } from './ImpactBar';
import { ModerationBadge } from '../posts/ModerationBadge';
import { useClaimActions } from './useClaimActions';
import { useDebateView } from './useDebateView';

export interface ClaimCardProps {
  claim: Claim;
  /** How many claims answer it, by stance (its own pros and cons). */
  answers: { pro: number; con: number };
  /** The claim the page is drilled into, shown larger above its pros and cons. */
  focused?: boolean;
  readings: ReadonlyArray<{ id: string; title: string }>;
  /** Just arrived live (posted or approved while the page was open): drawn to the eye briefly. */
  arrived?: boolean;
}

/**
 * One claim, as Kialo shows it and more: who argues it, its text, the passages it cites (each a
 * link into the reading), its impact, its discussion, and the way into its own pros and cons.
 * Moderators see its moderation state and act on it in place; its author sees when it waits.
 */
export function ClaimCard({ claim, answers, focused = false, readings, arrived = false }: ClaimCardProps) {
  const view = useDebateView();
  const actions = useClaimActions();
  const live = useLiveStage();
  const spotlit = live.latest?.claimId === claim.id;
  const [threadOpen, setThreadOpen] = useState(focused);
  const [mode, setMode] = useState<'read' | 'edit' | 'delete'>('read');
  const [error, setError] = useState<string | null>(null);
  const mine = claim.author.id === view.viewerId;
  const silenced = claim.deleted || claim.moderation === 'REMOVED';
  const votable = view.participates && claim.moderation === 'VISIBLE' && !claim.deleted;
  const answerCount = answers.pro + answers.con;
  const headingId = `claim-${claim.id}`;

  async function run(action: () => Promise<ActionResult>) {
    const result = await action();
    if (result.ok) {
      setError(null);
      setMode('read');
    } else setError(result.error);
  }

  return (
    <article
      className={styles.card}
      data-stance={claim.stance}
      data-moderation={claim.moderation}
      data-focused={focused ? '' : undefined}
      data-deleted={claim.deleted ? '' : undefined}
      data-arrived={arrived ? '' : undefined}
      data-spotlit={spotlit ? '' : undefined}
      aria-labelledby={headingId}
      data-claim-id={claim.id}
    >
      <header className={styles.head}>
        <Avatar id={claim.author.id} name={claim.author.displayName} size="sm" />
        <h3 id={headingId} className={styles.author}>
          <span className={styles.srOnly}>{claim.stance === 'PRO' ? 'Pro' : 'Con'} claim by </span>
          {claim.author.displayName}
          {claim.author.pseudonym && claim.author.pseudonym !== claim.author.displayName && (
            // Only owners, moderators and the author see the name: peers see the pseudonym alone.
            <span className={styles.pseudonym}> · as {claim.author.pseudonym}</span>
          )}
        </h3>
        <span className={styles.meta}>
          <RelativeTime iso={claim.createdAt} />
          {claim.editedAt && !silenced && <span title={new Date(claim.editedAt).toLocaleString('en')}> · edited</span>}
        </span>
        <span className={styles.badges}>
          {spotlit && <SpotlitBadge />}
          <ModerationBadge moderation={claim.moderation} pinned={claim.pinned} subject="claim" />
        </span>
      </header>

      {claim.moderation === 'PENDING' && mine && (
        <p className={styles.waiting} role="status">
          <strong>Your claim is waiting for a moderator.</strong> Only you and the moderators can see it until it is
          approved.
        </p>
      )}
      {claim.moderation === 'PENDING' && !mine && view.moderates && (
        <p className={styles.waiting}>Waiting for approval: the seminar does not see it yet.</p>
      )}
      {claim.moderation === 'HIDDEN' && (
        <p className={styles.hidden}>
          {mine ? 'A moderator hid your claim: the others no longer see it.' : 'Hidden from members by a moderator.'}
        </p>
      )}

      {claim.deleted ? (
        <p className={styles.gone}>This claim was deleted by its author; its answers stay.</p>
      ) : claim.moderation === 'REMOVED' ? (
        <p className={styles.gone}>This claim was removed by a moderator; its answers stay.</p>
      ) : mode === 'edit' ? (
        <ClaimEditor claim={claim} readings={readings} onDone={() => setMode('read')} />
      ) : (
        // The API renders Markdown to sanitized HTML (no scripts, handlers or javascript: links).
        <div className={styles.body} dangerouslySetInnerHTML={{ __html: claim.bodyHtml }} />
      )}

      {mode !== 'edit' && claim.evidence.length > 0 && (
        <div className={styles.evidence} aria-label="Cited passages" role="group">
          {claim.evidence.map((e) => (
            <EvidenceQuote key={e.id} evidence={e} readingTitle={view.readingTitle(e.readingId)} />
          ))}
        </div>
      )}

      {!silenced && (
        <ImpactBar
          votes={claim.votes}
          side={claim.stance}
          onVote={
            votable
              ? async (impact) => {
                  const result = await actions.vote(claim.id, impact);
                  setError(result.ok ? null : result.error);
                }
              : null
          }
        />
      )}

      <footer className={styles.foot}>
        <button
          type="button"
          className={styles.tool}
          aria-expanded={threadOpen}
          onClick={() => setThreadOpen(!threadOpen)}
        >
          <Icon name="comment" size={14} strokeWidth={1.7} />
          {claim.replyCount === 0 ? 'Discuss' : `${claim.replyCount} ${claim.replyCount === 1 ? 'reply' : 'replies'}`}
        </button>
        {!focused && (
          <button type="button" className={`${styles.tool} ${styles.drill}`} onClick={() => view.drillInto(claim.id)}>
            {answerCount === 0 ? (
              'Answer this claim'
            ) : (
              <>
                <span className={styles.count} data-side="PRO">
                  {answers.pro} pro
                </span>
                <span className={styles.count} data-side="CON">
                  {answers.con} con
                </span>
              </>
            )}
            <span aria-hidden="true">→</span>
          </button>
        )}
        <span className={styles.spacer} />
        {live.spotlight && claimMayBeSpotlit(claim) && <SpotlightAction target={{ claimId: claim.id }} noun="claim" />}
        {mine && !silenced && mode === 'read' && view.participates && (
          <>
            <button type="button" className={styles.tool} onClick={() => setMode('edit')}>
              Edit
            </button>
            <button type="button" className={styles.tool} onClick={() => setMode('delete')}>
              Delete
            </button>
          </>
        )}
        {!mine && !silenced && <FlagAction subjectType="CLAIM" subjectId={claim.id} noun="claim" />}
      </footer>

      {mode === 'delete' && (
        <div className={styles.confirm} role="group" aria-label="Delete this claim?">
          <span>Delete your claim? Its answers stay in place.</span>
          <Button variant="quiet" onClick={() => setMode('read')}>
            Keep
          </Button>
          <Button variant="secondary" onClick={() => void run(() => actions.remove(claim.id))}>
            Delete
          </Button>
        </div>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      {view.moderates && !claim.deleted && (
        <PostModerationActions
          subjectType="CLAIM"
          subjectId={claim.id}
          moderation={claim.moderation}
          pinned={claim.pinned}
          onChanged={view.refresh}
        />
      )}
      {threadOpen && <ClaimThread claim={claim} />}
    </article>
  );
}

/** Edits one's own claim: its text and the passages it cites, saved together. */
function ClaimEditor({
  claim,
  readings,
  onDone,
}: {
  claim: Claim;
  readings: ReadonlyArray<{ id: string; title: string }>;
  onDone: () => void;
}) {
  const actions = useClaimActions();
  const [body, setBody] = useState(claim.body);
  const [evidence, setEvidence] = useState<PickedPassage[]>(
    claim.evidence.map((e) => ({ id: e.id, readingId: e.readingId, exact: e.target.exact })),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    setBusy(true);
    setError(null);
    const edited =
      body.trim() === claim.body
        ? ({ ok: true, value: undefined } as const)
        : await actions.edit(claim.id, body.trim());
    const before = claim.evidence
      .map((e) => e.id)
      .sort()
      .join();
    const after = evidence
      .map((e) => e.id)
      .sort()
      .join();
    const cited =
      edited.ok && before !== after
        ? await actions.setEvidence(
            claim.id,
            evidence.map((e) => e.id),
          )
        : edited;
    setBusy(false);
    if (cited.ok) onDone();
    else setError(cited.error);
  }

  return (
    <div className={styles.editor}>
      <label className={styles.srOnly} htmlFor={`edit-${claim.id}`}>
        Edit your claim
      </label>
      <textarea
        id={`edit-${claim.id}`}
        className={styles.textarea}
        value={body}
        rows={4}
        maxLength={2000}
        onChange={(e) => setBody(e.target.value)}
      />
      <EvidencePicker readings={readings} picked={evidence} onChange={setEvidence} />
      {error && <Notice tone="error">{error}</Notice>}
      <div className={styles.editorActions}>
        <Button variant="quiet" onClick={onDone}>
          Cancel
        </Button>
        <Button busy={busy} busyLabel="Saving…" disabled={!body.trim()} onClick={() => void save()}>
          Save
        </Button>
      </div>
    </div>
  );
}
