import type { CodePointIndex } from '@glossa/anchoring';
import { RefObject, useId, useMemo, useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { splitReadingIntoBlocks } from '../readings/reading-blocks';
import styles from './DiscussionMap.module.css';
import { excerpt, passageSummary } from './passage-labels';
import { PassageStrip } from './PassageStrip';
import { PassageActivity, useDiscussionMap } from './useDiscussionMap';

export interface DiscussionMapProps {
  readingId: string;
  text: string;
  index: CodePointIndex;
  textRef: RefObject<HTMLDivElement | null>;
}

/**
 * The discussion map for leaders (docs/leader-tools.md): per passage of the text as the room draws
 * it, how many annotations, questions and how much disagreement, as a strip in reading order, and
 * the ranked lists. Every item takes the reader to its passage. Opened on demand, so the reading
 * room does not pay for it.
 */
export function DiscussionMap({ readingId, text, index, textRef }: DiscussionMapProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const blocks = useMemo(() => splitReadingIntoBlocks(text), [text]);
  const starts = useMemo(() => blocks.map((b) => index.toCodePoint(b.start)), [blocks, index]);
  const map = useDiscussionMap(readingId, starts, open);

  function goTo(passage: PassageActivity) {
    const block = blocks[passage.index];
    const element = block && textRef.current?.querySelector<HTMLElement>(`p[data-offset="${block.start}"]`);
    if (!element) return;
    element.tabIndex = -1;
    element.scrollIntoView({ block: 'start', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    element.focus({ preventScroll: true });
    element.animate([{ backgroundColor: 'rgb(250 204 21 / 0.45)' }, { backgroundColor: 'rgb(250 204 21 / 0)' }], { duration: 1400 });
  }

  const passageText = (p: PassageActivity) => excerpt(text, index.toUtf16(p.start), index.toUtf16(p.end));

  return (
    <section className={styles.map} aria-label="Discussion map">
      <Button variant="secondary" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        {open ? 'Hide the discussion map' : 'Discussion map'}
      </Button>
      <div id={panelId} hidden={!open} className={styles.panel}>
        {map.status === 'loading' && <p role="status">Mapping the discussion…</p>}
        {map.status === 'error' && <Notice tone="error">The discussion map could not be loaded: {map.message}</Notice>}
        {map.status === 'ready' && (
          <>
            <p className={styles.note}>
              Where the class annotated, asked and disagreed, passage by passage. Counts only what the class can read: nobody’s
              private notes, nothing a moderator hid or removed.{' '}
              <Button variant="quiet" onClick={map.refresh} busy={map.refreshing} busyLabel="Refreshing…">
                Refresh
              </Button>
            </p>
            <PassageStrip passages={map.passages} onPick={goTo} />
            <div className={styles.lists}>
              <RankedList title="Most questioned" passages={map.mostQuestioned} count={(p) => `${p.questions} ${p.questions === 1 ? 'question' : 'questions'}`} text={passageText} onPick={goTo} />
              <RankedList title="Most contested" passages={map.mostContested} count={(p) => `disagreement ${p.disagreement}`} text={passageText} onPick={goTo} />
              <RankedList title="Most cited in the debates" passages={map.mostCited} count={(p) => `${p.citingClaims} ${p.citingClaims === 1 ? 'claim' : 'claims'} (${p.proClaims} PRO, ${p.conClaims} CON)`} text={passageText} onPick={goTo} />
            </div>
          </>
        )}
      </div>
    </section>
  );
}

interface RankedListProps {
  title: string;
  passages: PassageActivity[];
  count: (p: PassageActivity) => string;
  text: (p: PassageActivity) => string;
  onPick: (p: PassageActivity) => void;
}

function RankedList({ title, passages, count, text, onPick }: RankedListProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.list}>
      <h3 id={headingId} className={styles.listTitle}>
        {title}
      </h3>
      {passages.length === 0 ? (
        <p className={styles.none}>None yet.</p>
      ) : (
        <ol>
          {passages.map((p) => (
            <li key={p.index}>
              <button type="button" className={styles.item} onClick={() => onPick(p)} title={passageSummary(p)}>
                <span className={styles.itemCount}>
                  Passage {p.index + 1} · {count(p)}
                </span>
                <span className={styles.itemText}>“{text(p)}”</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
