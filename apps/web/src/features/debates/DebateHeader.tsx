import { Link } from 'react-router';
import { PageHeading } from '../../ui/PageHeading';
import { AnonymitySetting } from '../anonymity/AnonymitySetting';
import { DebateSettings } from '../moderation/DebateSettings';
import type { DebateInfo } from './claim-fields';
import styles from './DebateHeader.module.css';
import { LiveIndicator } from '../../realtime/LiveIndicator';
import { formatWait } from '../posts/slow-mode';
import { DownloadDebate } from '../take-out/DownloadDebate';

export interface DebateHeaderProps {
  debate: DebateInfo;
  seminar: { id: string; name: string } | null;
  moderates: boolean;
  /** Top-level claims on each side and the sum of their mean impacts. */
  balance: { pro: number; con: number; proWeight: number; conWeight: number };
  /** How much of the readings the claims cite: distinct passages, and the readings they come from. */
  cited: { passages: number; readings: ReadonlyArray<{ id: string; title: string }> };
  onSettingsChanged: () => void;
}

const STATUS = { OPEN: 'Open', LOCKED: 'Locked', ARCHIVED: 'Archived' } as const;

/** The motion on top: its sides, state, rules (pre-moderation, slow mode) and where it draws from. */
export function DebateHeader({ debate, seminar, moderates, balance, cited, onSettingsChanged }: DebateHeaderProps) {
  const total = balance.proWeight + balance.conWeight;
  const proShare = total === 0 ? 50 : Math.round((balance.proWeight / total) * 100);
  return (
    <header className={styles.header}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <ol>
          <li>
            <Link to="/">Seminars</Link>
          </li>
          {seminar && (
            <li>
              <span>{seminar.name}</span>
            </li>
          )}
          <li aria-current="page">
            <span>Debate</span>
          </li>
        </ol>
      </nav>
      <div className={styles.chips}>
        <span className={styles.chip} data-status={debate.status}>
          {STATUS[debate.status]}
        </span>
        {debate.moderationMode === 'PRE_MODERATED' && (
          <span
            className={styles.chip}
            data-kind="premod"
            title="Members’ new claims wait for a moderator before the seminar sees them."
          >
            Pre-moderated
          </span>
        )}
        {debate.slowModeSeconds > 0 && (
          <span className={styles.chip} data-kind="slow" title="Each member may post one claim per interval.">
            Slow mode · one claim every {formatWait(debate.slowModeSeconds)}
          </span>
        )}
        {debate.anonymous && (
          <span className={styles.chip} data-kind="anonymous" title="Members appear to each other under pseudonyms; owners and moderators see names.">
            Anonymous
          </span>
        )}
        <span className={styles.live}>
          <LiveIndicator />
        </span>
      </div>
      <p className={styles.kicker}>Motion</p>
      <PageHeading title={debate.motion} className={styles.motion}>
        {debate.motion}
      </PageHeading>
      {debate.description && <p className={styles.description}>{debate.description}</p>}

      <div
        className={styles.balance}
        aria-label={`${balance.pro} claims for ${debate.proLabel}, ${balance.con} for ${debate.conLabel}`}
        role="group"
      >
        <span className={styles.sideName} data-side="PRO">
          {debate.proLabel} <span className={styles.sideCount}>{balance.pro}</span>
        </span>
        <span
          className={styles.scale}
          aria-hidden="true"
          title="Weight of the top-level claims on each side (their mean impact)"
        >
          <span className={styles.scalePro} style={{ width: `${proShare}%` }} />
        </span>
        <span className={styles.sideName} data-side="CON">
          <span className={styles.sideCount}>{balance.con}</span> {debate.conLabel}
        </span>
      </div>

      {debate.readings.length > 0 && (
        <p className={styles.readings}>
          Draws on{' '}
          {debate.readings.map((r, i) => (
            <span key={r.id}>
              {i > 0 && (i === debate.readings.length - 1 ? ' and ' : ', ')}
              <Link to={`/readings/${r.id}`}>{r.title}</Link>
            </span>
          ))}
        </p>
      )}

      {cited.passages > 0 && (
        <p className={styles.readings}>
          <strong className={styles.citedCount}>
            {cited.passages} {cited.passages === 1 ? 'passage' : 'passages'}
          </strong>{' '}
          cited as evidence, from{' '}
          {cited.readings.map((r, i) => (
            <span key={r.id}>
              {i > 0 && (i === cited.readings.length - 1 ? ' and ' : ', ')}
              <Link to={`/readings/${r.id}`}>{r.title}</Link>
            </span>
          ))}
        </p>
      )}

      {debate.status !== 'OPEN' && (
        <p className={styles.closed} role="note">
          {debate.status === 'LOCKED'
            ? 'A moderator locked this debate: it can be read, but no claims, votes or replies can be added until it is unlocked.'
            : 'This debate is archived: it stays here to read.'}
        </p>
      )}

      <DownloadDebate debateId={debate.id} />

      {moderates && (
        <details className={styles.settings}>
          <summary>Moderate this debate</summary>
          <div className={styles.settingsBody}>
            <DebateSettings debate={debate} onChanged={onSettingsChanged} />
            {!(debate.anonymous && !debate.ownAnonymity) && (
              <AnonymitySetting target={{ debateId: debate.id }} anonymous={debate.ownAnonymity} onChanged={onSettingsChanged} />
            )}
            {seminar && (
              <p className={styles.deskLink}>
                Pending posts and flags of the whole seminar:{' '}
                <Link to={`/seminars/${seminar.id}/moderation`}>moderation desk</Link>
              </p>
            )}
          </div>
        </details>
      )}
    </header>
  );
}
