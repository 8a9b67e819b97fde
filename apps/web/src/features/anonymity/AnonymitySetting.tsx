import { useId, useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import styles from './AnonymitySetting.module.css';
import { useAnonymity } from './useAnonymity';

export interface AnonymitySettingProps {
  target: { seminarId: string } | { debateId: string };
  /** Whether this seminar or debate is anonymous now (its own switch). */
  anonymous: boolean;
  onChanged?: () => void;
}

/**
 * Anonymous mode's switch in a seminar's or a debate's settings (docs/anonymous-mode.md). Before it
 * is switched on it says what it does and that it cannot be undone once people have posted.
 */
export function AnonymitySetting({ target, anonymous, onChanged }: AnonymitySettingProps) {
  const id = useId();
  const set = useAnonymity(target);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const where = 'seminarId' in target ? 'seminar' : 'debate';

  async function change(next: boolean) {
    setBusy(true);
    setError(null);
    const result = await set(next);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setConfirming(false);
    onChanged?.();
  }

  return (
    <section className={styles.setting} aria-labelledby={`${id}-name`}>
      <h3 className={styles.name} id={`${id}-name`}>
        Anonymous mode
      </h3>
      <p className={styles.state}>
        {anonymous
          ? `On: members see each other under pseudonyms in this ${where}; owners and moderators see names.`
          : `Off: members see each other’s names.`}
      </p>
      {!anonymous && !confirming && (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Make this {where} anonymous…
        </Button>
      )}
      {!anonymous && confirming && (
        <div className={styles.confirm} role="group" aria-labelledby={`${id}-warning`}>
          <p id={`${id}-warning`} className={styles.warning}>
            Members will appear to each other under pseudonyms such as “Amber Heron”, different in each anonymous
            discussion; owners and moderators still see names, and a moderator may reveal who is behind a pseudonym
            (the reveal is recorded in the audit log). <strong>Once anyone has posted, anonymity cannot be switched off.</strong>
          </p>
          <div className={styles.row}>
            <Button busy={busy} busyLabel="Switching on…" onClick={() => void change(true)}>
              Make anonymous
            </Button>
            <Button variant="quiet" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {anonymous && (
        <Button variant="quiet" busy={busy} busyLabel="Switching off…" onClick={() => void change(false)}>
          Switch anonymity off
        </Button>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </section>
  );
}
