import { FormEvent, useEffect, useRef, useState } from 'react';
import type { PresenceUser } from '@glossa/contracts';
import { Button } from '../../ui/Button';
import { rangeToTextSpan } from '../reading-room/selection-offsets';
import type { LiveActions } from './useLiveActions';
import { isMine, LiveState } from './live-state';
import { readingRoot } from './reading-position';
import styles from './LiveSession.module.css';

interface FacilitatorToolsProps {
  state: LiveState;
  actions: LiveActions;
  present: PresenceUser[];
  viewerId: string | null;
  onHandOver: (userId: string) => void;
  onError: (message: string) => void;
}

/** What the facilitator leads with: spotlight the selection, a quick poll, a timed round, handing over. */
export function FacilitatorTools({ state, actions, present, viewerId, onHandOver, onError }: FacilitatorToolsProps) {
  const [note, setNote] = useState('');
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState('Agree\nDisagree');
  const [prompt, setPrompt] = useState('');
  const [minutes, setMinutes] = useState(3);
  const [successor, setSuccessor] = useState('');
  const report = (result: { ok: boolean; error?: string }) => {
    if (!result.ok && result.error) onError(result.error);
    return result.ok;
  };

  // The last passage selected in the reading: typing the note moves the selection into the field.
  const selected = useRef<{ start: number; end: number } | null>(null);
  useEffect(() => {
    const remember = () => {
      const root = readingRoot();
      const selection = document.getSelection();
      if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
      const span = rangeToTextSpan(root, root.textContent ?? '', selection.getRangeAt(0));
      if (span) selected.current = span;
    };
    document.addEventListener('selectionchange', remember);
    return () => document.removeEventListener('selectionchange', remember);
  }, []);

  const spotlightSelection = async () => {
    const root = readingRoot();
    const selection = document.getSelection();
    const current =
      root && selection && !selection.isCollapsed && selection.rangeCount > 0
        ? rangeToTextSpan(root, root.textContent ?? '', selection.getRangeAt(0))
        : null;
    const span = current ?? selected.current;
    if (!span) return onError('Select a passage of the reading first.');
    if (report(await actions.spotlight({ selection: span, note: note.trim() }))) {
      setNote('');
      selected.current = null;
    }
  };
  const askPoll = async (event: FormEvent) => {
    event.preventDefault();
    const list = options
      .split('\n')
      .map((o) => o.trim())
      .filter(Boolean);
    if (report(await actions.openPoll({ question: question.trim(), options: list }))) setQuestion('');
  };
  const startRound = async (event: FormEvent) => {
    event.preventDefault();
    if (report(await actions.startRound({ prompt: prompt.trim(), seconds: Math.round(minutes * 60) }))) setPrompt('');
  };
  const others = present.filter((u) => !isMine(state, u.userId, viewerId));
  const openPoll = state.poll?.open ? state.poll : null;

  return (
    <section className={styles.card} aria-labelledby="live-tools">
      <h3 id="live-tools" className={styles.cardTitle}>
        Lead the session
      </h3>
      {state.session.subjectType === 'READING' && (
        <div className={styles.row}>
          <label className={styles.field}>
            Note for the spotlight
            <input value={note} maxLength={280} onChange={(e) => setNote(e.target.value)} />
          </label>
          <Button onClick={() => void spotlightSelection()}>Spotlight selection</Button>
        </div>
      )}
      {openPoll ? (
        <Button variant="secondary" onClick={() => void actions.closePoll(openPoll.id).then(report)}>
          Close the poll
        </Button>
      ) : (
        <form className={styles.form} onSubmit={(e) => void askPoll(e)} aria-label="Ask a quick poll">
          <label className={styles.field}>
            Poll question
            <input value={question} required maxLength={300} onChange={(e) => setQuestion(e.target.value)} />
          </label>
          <label className={styles.field}>
            Options, one per line
            <textarea value={options} rows={3} onChange={(e) => setOptions(e.target.value)} />
          </label>
          <Button type="submit" variant="secondary">
            Ask
          </Button>
        </form>
      )}
      <form className={styles.form} onSubmit={(e) => void startRound(e)} aria-label="Start a timed round">
        <label className={styles.field}>
          Round prompt
          <input value={prompt} required maxLength={200} onChange={(e) => setPrompt(e.target.value)} />
        </label>
        <label className={styles.field}>
          Minutes
          <input
            type="number"
            min={0.5}
            max={60}
            step={0.5}
            value={minutes}
            onChange={(e) => setMinutes(Number(e.target.value))}
          />
        </label>
        <Button type="submit" variant="secondary" disabled={state.round?.open ?? false}>
          Start round
        </Button>
      </form>
      {others.length > 0 && (
        <div className={styles.row}>
          <label className={styles.field}>
            Hand the lead to
            <select value={successor} onChange={(e) => setSuccessor(e.target.value)}>
              <option value="">Choose someone present…</option>
              {others.map((u) => (
                <option key={u.userId} value={u.userId}>
                  {u.displayName}
                </option>
              ))}
            </select>
          </label>
          <Button variant="secondary" disabled={!successor} onClick={() => onHandOver(successor)}>
            Hand over
          </Button>
        </div>
      )}
    </section>
  );
}
