import { liveSessionRoom } from '@glossa/contracts';
import { useCallback, useMemo, useState } from 'react';
import { usePresence } from '../../realtime/usePresence';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { FacilitatorTools } from './FacilitatorTools';
import { HandQueue } from './HandQueue';
import { isMine } from './live-state';
import { SpotlightTarget, usePublishLiveStage } from './live-stage';
import { PollCard } from './PollCard';
import { RoundCountdown } from './RoundCountdown';
import { RoundStatus } from './RoundStatus';
import { SessionSummary } from './SessionSummary';
import { useFollowReading } from './useFollowReading';
import { useLiveActions } from './useLiveActions';
import { useLiveSession } from './useLiveSession';
import styles from './LiveSession.module.css';

interface LivePanelProps {
  sessionId: string;
  viewerId: string | null;
  myRole: string | null;
  onLeave: () => void;
}

/** A joined live session: who is here, following, the spotlight and its history, polls, rounds, hands. */
export function LivePanel({ sessionId, viewerId, myRole, onLeave }: LivePanelProps) {
  const { state, reload, noteMyAnswer } = useLiveSession(sessionId, viewerId);
  const actions = useLiveActions(sessionId);
  const present = usePresence(liveSessionRoom(sessionId));
  const [error, setError] = useState<string | null>(null);
  const facilitating = state !== null && isMine(state, state.session.facilitatorId, viewerId) && state.session.endedAt === null;
  const move = useCallback((offset: number) => actions.move(offset), [actions]);
  const onReading = state?.session.subjectType === 'READING';
  const follow = useFollowReading(onReading ? state : null, facilitating, move);
  const spotlightCard = useCallback(
    (target: SpotlightTarget, note: string) => actions.spotlight({ ...target, note }),
    [actions],
  );
  const running = state !== null && state.session.endedAt === null;
  const latest = running ? (state.spotlights[state.spotlights.length - 1] ?? null) : null;
  const stage = useMemo(
    () => ({ latest, facilitating, spotlight: facilitating ? spotlightCard : null }),
    [latest, facilitating, spotlightCard],
  );
  usePublishLiveStage(stage);
  const report = (result: { ok: boolean; error?: string }) => {
    setError(result.ok ? null : (result.error ?? null));
  };

  if (!state)
    return (
      <section className={styles.bar} aria-label="Live session" aria-busy="true">
        Joining…
      </section>
    );
  const ended = state.session.endedAt !== null;
  const canTakePart = myRole === 'OWNER' || myRole === 'MODERATOR' || myRole === 'MEMBER';
  const mayEnd = facilitating || myRole === 'OWNER' || myRole === 'MODERATOR';
  const spotlight = state.spotlights[state.spotlights.length - 1] ?? null;
  const poll = state.poll;

  return (
    <section
      className={styles.panel}
      aria-label="Live session"
      data-live-panel={sessionId}
      data-following={follow.following}
    >
      <header className={styles.header}>
        <span className={styles.badge}>{ended ? 'Ended' : 'Live'}</span>
        <span>
          Led by {state.session.facilitatorName}
          {facilitating ? ' (you)' : ''}
        </span>
        <span
          className={styles.meta}
          aria-label={`Present: ${present.map((u) => u.displayName).join(', ')}`}
          data-present={present.length}
        >
          {present.length} present: {present.map((u) => u.displayName).join(', ')}
        </span>
        {!ended && onReading && !facilitating && !follow.following && (
          <Button onClick={follow.resume} data-follow-again="">
            Follow again
          </Button>
        )}
        {!ended && onReading && !facilitating && follow.following && <span className={styles.meta}>Following</span>}
        {!ended && mayEnd && (
          <Button variant="secondary" onClick={() => void actions.end().then(report)}>
            End the session
          </Button>
        )}
        <Button variant="quiet" onClick={onLeave}>
          Leave
        </Button>
      </header>
      {error && <Notice tone="error">{error}</Notice>}
      <RoundStatus round={state.round} />
      {ended && <SessionSummary state={state} />}
      {!ended && (
        <div className={styles.grid}>
          {spotlight && (
            <section className={styles.card} aria-labelledby="live-spotlight" data-live-spotlight={spotlight.id}>
              <h3 id="live-spotlight" className={styles.cardTitle}>
                Spotlight
              </h3>
              <blockquote className={styles.quote}>{spotlight.exact}</blockquote>
              {spotlight.note && <p>{spotlight.note}</p>}
              {state.spotlights.length > 1 && (
                <details>
                  <summary>Earlier spotlights ({state.spotlights.length - 1})</summary>
                  <ol className={styles.history}>
                    {state.spotlights.slice(0, -1).map((s) => (
                      <li key={s.id}>
                        “{s.exact}”{s.note ? ` — ${s.note}` : ''}
                      </li>
                    ))}
                  </ol>
                </details>
              )}
            </section>
          )}
          {poll && (
            <PollCard
              poll={poll}
              canAnswer={canTakePart && !facilitating}
              onAnswer={(option) => {
                noteMyAnswer(poll.id, option);
                void actions.answer(poll.id, option).then((result) => {
                  report(result);
                  if (!result.ok) reload();
                });
              }}
            />
          )}
          {state.round && (state.round.open || state.round.closedAt === null) && (
            <RoundCountdown
              round={state.round}
              debateId={state.session.subjectType === 'DEBATE' ? state.session.subjectId : null}
            />
          )}
          <HandQueue
            state={state}
            viewerId={viewerId}
            facilitating={facilitating}
            canTakePart={canTakePart}
            onRaise={() => void actions.raiseHand().then(report)}
            onLower={() => void actions.lowerHand().then(report)}
            onCallOn={(userId) => void actions.callOn(userId).then(report)}
          />
          {facilitating && (
            <FacilitatorTools
              state={state}
              actions={actions}
              present={present}
              viewerId={viewerId}
              onHandOver={(userId) => void actions.handOver(userId).then(report)}
              onError={setError}
            />
          )}
        </div>
      )}
    </section>
  );
}
