import type { Visibility } from '../../gql/graphql';
import { Icon } from '../../ui/Icon';
import styles from './VisibilityToggle.module.css';

export interface VisibilityToggleProps {
  value: Visibility;
  onChange: (visibility: Visibility) => void;
  tone?: 'light' | 'dark';
}

/** Seminar-visible or private: one switch, saying what it does ("Only me" is private to the author). */
export function VisibilityToggle({ value, onChange, tone = 'light' }: VisibilityToggleProps) {
  const isPrivate = value === 'PRIVATE';
  return (
    <button
      type="button"
      className={`${styles.toggle} ${styles[tone]}`}
      aria-pressed={isPrivate}
      onClick={() => onChange(isPrivate ? 'SEMINAR' : 'PRIVATE')}
      title={isPrivate ? 'Only you will see this. Click to share with the seminar.' : 'The seminar will see this. Click to keep it private.'}
    >
      <Icon name={isPrivate ? 'lock' : 'globe'} size={15} />
      <span>{isPrivate ? 'Only me' : 'Seminar'}</span>
    </button>
  );
}
