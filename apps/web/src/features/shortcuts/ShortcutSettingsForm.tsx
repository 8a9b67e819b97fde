import { FormEvent, useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { ShortcutSettings, validSearchKey } from './shortcut-settings';
import styles from './ShortcutSettingsForm.module.css';
import { saveShortcuts, useShortcutSettings } from './useShortcutSettings';

const LETTERS = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));

/**
 * Keyboard shortcuts, on this device: off altogether, or other keys (WCAG 2.1.4). Speech input
 * can type "/" or press Alt+A by accident; some keyboards have no "/" without a modifier.
 */
export function ShortcutSettingsForm() {
  const saved = useShortcutSettings();
  const [draft, setDraft] = useState<ShortcutSettings>(saved);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!validSearchKey(draft.searchKey)) {
      setOutcome({ tone: 'error', text: 'The search shortcut must be one character, not a space.' });
      return;
    }
    saveShortcuts(draft);
    setOutcome({ tone: 'success', text: draft.enabled ? 'Your shortcuts are saved on this device.' : 'Shortcuts are off on this device.' });
  }

  return (
    <section className={styles.panel} aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title" className={styles.title}>
        Keyboard shortcuts
      </h2>
      <p className={styles.muted}>Kept on this device. Keys inside a focused control (the toolbar, a card, keyboard selection) always work.</p>
      <form className={styles.form} onSubmit={submit}>
        <label className={styles.check}>
          <input type="checkbox" checked={draft.enabled} onChange={(e) => setDraft({ ...draft, enabled: e.target.checked })} />
          Use keyboard shortcuts
        </label>
        <TextField
          label="Key that moves to the search field"
          hint="One character, pressed on its own outside a text field."
          maxLength={2}
          disabled={!draft.enabled}
          value={draft.searchKey}
          onChange={(e) => setDraft({ ...draft, searchKey: e.target.value })}
        />
        <div className={styles.field}>
          <label className={styles.label} htmlFor="toolbar-letter">
            Alt and which letter opens the toolbar for the selected words
          </label>
          <select
            id="toolbar-letter"
            className={styles.select}
            disabled={!draft.enabled}
            value={draft.toolbarLetter}
            onChange={(e) => setDraft({ ...draft, toolbarLetter: e.target.value })}
          >
            {LETTERS.map((letter) => (
              <option key={letter} value={letter}>
                Alt+{letter}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.row}>
          <Button type="submit">Save shortcuts</Button>
        </div>
        {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
      </form>
    </section>
  );
}
