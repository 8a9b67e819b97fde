import { FormEvent, useState } from 'react';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import styles from './Groups.module.css';

/** "Split at random into groups of N", confirmed first when it would replace groups already made. */
export function SplitGroupsForm({
  existing,
  onSplit,
}: {
  existing: number;
  onSplit: (size: number) => Promise<boolean>;
}) {
  const [size, setSize] = useState('3');
  const [confirming, setConfirming] = useState(false);

  function ask(event: FormEvent) {
    event.preventDefault();
    setConfirming(true);
  }

  async function split() {
    if (await onSplit(Number(size))) setConfirming(false);
  }

  return (
    <form className={styles.row} onSubmit={ask} aria-label="Split at random">
      <TextField
        label="Members per group"
        type="number"
        min={1}
        max={500}
        required
        value={size}
        onChange={(e) => {
          setSize(e.target.value);
          setConfirming(false);
        }}
      />
      {!confirming && (
        <Button type="submit" variant="secondary">
          Split at random…
        </Button>
      )}
      {confirming && (
        <div className={styles.confirm} role="group" aria-label="Confirm the split">
          <p>
            {existing > 0
              ? `This replaces the ${existing === 1 ? 'current group' : `${existing} current groups`} with new ones. `
              : ''}
            Every member and observer is placed at random in groups of about {size}.
          </p>
          <div className={styles.row}>
            <Button autoFocus onClick={() => void split()}>
              {existing > 0 ? 'Replace groups and split' : 'Split'}
            </Button>
            <Button variant="quiet" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </form>
  );
}
