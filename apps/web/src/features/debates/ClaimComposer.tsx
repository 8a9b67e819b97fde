import { FormEvent, useId, useRef, useState } from 'react';
import type { Stance } from '../../gql/graphql';
import { newClientId } from '../../graphql/client-id';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Icon } from '../../ui/Icon';
import type { Claim } from './claim-fields';
import { useEndNotice } from '../../ui/useEndNotice';
import styles from './ClaimComposer.module.css';
import { EvidencePicker, PickedPassage } from './EvidencePicker';
import { formatWait } from '../posts/slow-mode';
import { useClaimActions } from './useClaimActions';
import { useDebateView } from './useDebateView';

export const MAX_CLAIM_LENGTH = 2000;

export interface ClaimComposerProps {
  /** The claim answered, or null for the motion. */
  parent: Claim | null;
  stance: Stance;
  /** The readings to cite from, the debate's own first. */
  readings: ReadonlyArray<{ id: string; title: string }>;
  /** Passages to start with (e.g. "Cite in debate" from the reading room). */
  initialEvidence?: PickedPassage[];
  onPosted: (claim: Claim) => void;
  onCancel: () => void;
}

/**
 * Writes a claim for or against the motion or a claim, optionally citing passages. Honours the
 * debate's rules as the API applies them: in a pre-moderated debate a member's claim waits for a
 * moderator; in slow mode a member waits between claims (the countdown comes from the API's
 * retryAfterSeconds, or starts after a successful post).
 */
export function ClaimComposer({
  parent,
  stance: initialStance,
  readings,
  initialEvidence = [],
  onPosted,
  onCancel,
}: ClaimComposerProps) {
  const id = useId();
  const view = useDebateView();
  const actions = useClaimActions();
  const { debate } = view;
  const [stance, setStance] = useState<Stance>(initialStance);
  const [body, setBody] = useState('');
  const [evidence, setEvidence] = useState<PickedPassage[]>(initialEvidence);
  const [citing, setCiting] = useState(initialEvidence.length > 0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One id per claim being written: a retry after a lost answer returns the claim already saved.
  const clientId = useRef(newClientId());

  const preModerated = debate.moderationMode === 'PRE_MODERATED' && !view.moderates;
  const slowMode = debate.slowModeSeconds > 0 && !view.moderates;
  const waiting = slowMode && view.slowModeWait > 0;
  const waitOver = useEndNotice(waiting, 'Slow mode: you can post your next claim now.');
  const labels = parent
    ? { PRO: 'Pro', CON: 'Con', proHint: 'supports the claim', conHint: 'opposes the claim' }
    : { PRO: debate.proLabel, CON: debate.conLabel, proHint: 'for the motion', conHint: 'against the motion' };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!body.trim() || busy || waiting) return;
    setBusy(true);
    setError(null);
    const result = await actions.add({
      debateId: debate.id,
      parentId: parent?.id,
      stance,
      body: body.trim(),
      evidenceAnnotationIds: evidence.map((e) => e.id),
      clientId: clientId.current,
    });
    setBusy(false);
    if (!result.ok) {
      if (result.code === 'RATE_LIMITED' && result.retryAfterSeconds) view.startSlowModeWait(result.retryAfterSeconds);
      else setError(result.error);
      return;
    }
    if (slowMode) view.startSlowModeWait(debate.slowModeSeconds);
    clientId.current = newClientId();
    onPosted(result.value);
  }

  return (
    <form
      className={styles.composer}
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${id}-title`}
      data-stance={stance}
    >
      <h3 id={`${id}-title`} className={styles.title}>
        {parent ? `Answer ${parent.author.displayName}’s claim` : 'Add a claim'}
      </h3>
      <fieldset className={styles.sides}>
        <legend className={styles.srOnly}>Side</legend>
        {(['PRO', 'CON'] as const).map((s) => (
          <label key={s} className={styles.side} data-side={s} data-checked={stance === s ? '' : undefined}>
            <input type="radio" name={`${id}-stance`} value={s} checked={stance === s} onChange={() => setStance(s)} />
            <span className={styles.sideName}>{labels[s]}</span>
            <span className={styles.sideHint}>{s === 'PRO' ? labels.proHint : labels.conHint}</span>
          </label>
        ))}
      </fieldset>
      <div className={styles.field}>
        <label htmlFor={`${id}-body`} className={styles.label}>
          Your claim
        </label>
        <textarea
          id={`${id}-body`}
          className={styles.textarea}
          value={body}
          maxLength={MAX_CLAIM_LENGTH}
          rows={4}
          required
          placeholder="One point, stated so that someone could disagree with it. Markdown works."
          onChange={(e) => setBody(e.target.value)}
          aria-describedby={`${id}-count`}
          autoFocus
        />
        <span
          id={`${id}-count`}
          className={styles.count}
          data-near={body.length > MAX_CLAIM_LENGTH - 200 ? '' : undefined}
        >
          {body.length} / {MAX_CLAIM_LENGTH}
        </span>
      </div>
      {citing ? (
        <EvidencePicker readings={readings} picked={evidence} onChange={setEvidence} />
      ) : (
        <button type="button" className={styles.cite} onClick={() => setCiting(true)}>
          <Icon name="quote" size={15} strokeWidth={1.7} /> Cite a passage from the readings
        </button>
      )}
      {preModerated && (
        <Notice tone="info">
          This debate is pre-moderated: a moderator reads each new claim before the others see it.
        </Notice>
      )}
      {waiting && (
        <div className={styles.countdown} role="timer" aria-live="off">
          <span className={styles.clock} aria-hidden="true" />
          <span>
            Slow mode is on: you can post your next claim in <strong>{formatWait(view.slowModeWait)}</strong>.
          </span>
        </div>
      )}
      <p role="status" aria-live="polite" className={waitOver ? styles.rule : styles.srOnly}>
        {waitOver}
      </p>
      {error && <Notice tone="error">{error}</Notice>}
      <div className={styles.actions}>
        {slowMode && !waiting && (
          <span className={styles.rule}>Slow mode: one claim every {formatWait(debate.slowModeSeconds)}</span>
        )}
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" busy={busy} busyLabel="Posting…" disabled={!body.trim() || waiting}>
          {waiting ? `Wait ${formatWait(view.slowModeWait)}` : preModerated ? 'Send for approval' : 'Post claim'}
        </Button>
      </div>
    </form>
  );
}
