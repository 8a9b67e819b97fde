import { Button } from '../../ui/Button';
import type { LiveState } from './live-state';
import styles from './LiveSession.module.css';

/** The ended session's summary, saved to the seminar, with a Markdown download. */
export function SessionSummary({ state }: { state: LiveState }) {
  const markdown = state.summaryMarkdown;
  const download = () => {
    if (!markdown) return;
    const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown' }));
    const link = Object.assign(document.createElement('a'), {
      href: url,
      download: `live-session-${state.session.id}.md`,
    });
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section className={styles.card} aria-labelledby="live-summary">
      <h3 id="live-summary" className={styles.cardTitle}>
        Session summary
      </h3>
      {markdown ? (
        <>
          <pre className={styles.summary}>{markdown}</pre>
          <Button variant="secondary" onClick={download}>
            Download as Markdown
          </Button>
        </>
      ) : (
        <p>The session has ended; reload to see its summary.</p>
      )}
    </section>
  );
}
