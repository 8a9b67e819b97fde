import { useId, useState } from 'react';
import type { MailFrequency } from '../../gql/graphql';
import { LoadingState } from '../../ui/LoadingState';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import styles from './EmailPreferencesPage.module.css';
import { useMailPreference } from './useMailPreference';

const CHOICES: Array<{ value: MailFrequency; label: string; hint: string }> = [
  { value: 'IMMEDIATE', label: 'At once', hint: 'One email per mention or reply, unless you have the reading open.' },
  {
    value: 'DAILY',
    label: 'Daily digest',
    hint: 'One email a day with the mentions and replies you have not read yet.',
  },
  { value: 'OFF', label: 'Never', hint: 'Mentions and replies stay in your notifications in Glossa only.' },
];

/** /email-preferences: how I hear of mentions and replies by email (also where each message's footer links). */
export function EmailPreferencesPage() {
  const id = useId();
  const { frequency, loading, saving, error, choose } = useMailPreference();
  const [saved, setSaved] = useState(false);

  async function pick(value: MailFrequency) {
    setSaved(false);
    if (await choose(value)) setSaved(true);
  }

  return (
    <section className={styles.page} aria-labelledby={`${id}-heading`}>
      <PageHeading title="Email about mentions and replies">
        <span id={`${id}-heading`}>Email about mentions and replies</span>
      </PageHeading>
      <p className={styles.lede}>
        When someone mentions you in a seminar, or replies to your annotation, claim or reply, Glossa can email you,
        saying which seminar and passage. Hidden and private posts are never emailed to anyone who may not see them.
      </p>
      {loading && <LoadingState label="Loading your choice…" />}
      {error && <Notice tone="error">{error}</Notice>}
      {frequency && (
        <fieldset className={styles.choices} disabled={saving}>
          <legend className={styles.legend}>Email me about mentions and replies</legend>
          {CHOICES.map((choice) => (
            <label key={choice.value} className={styles.choice}>
              <input
                type="radio"
                name={`${id}-frequency`}
                value={choice.value}
                checked={frequency === choice.value}
                aria-describedby={`${id}-${choice.value}`}
                onChange={() => void pick(choice.value)}
              />
              <span>
                <span className={styles.label}>{choice.label}</span>
                <span id={`${id}-${choice.value}`} className={styles.hint}>
                  {choice.hint}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {saved && <Notice tone="success">Saved.</Notice>}
    </section>
  );
}
