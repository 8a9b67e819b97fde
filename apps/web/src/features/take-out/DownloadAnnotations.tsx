import { FormEvent, useId, useState } from 'react';
import type { ExportFormat } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { EXPORT_CHOICES, postCounts } from './export-choices';
import { ReadingSelect } from './ReadingSelect';
import { saveTextFile } from './save-file';
import styles from './TakeOut.module.css';
import { useTakeOut } from './useTakeOut';

interface Props {
  seminarId: string;
  /** On the seminar page: the readings one may download instead of the whole seminar. */
  readings?: ReadonlyArray<{ id: string; title: string }>;
  /** In the reading room: this reading only. */
  readingId?: string;
}

const WHOLE_SEMINAR = '';

/**
 * "Download annotations": what I may see of a seminar's or a reading's annotations and replies, as
 * W3C Web Annotation JSON-LD or Hypothesis JSON, or a reading's discussion as Markdown.
 */
export function DownloadAnnotations({ seminarId, readings, readingId }: Props) {
  const id = useId();
  const takeOut = useTakeOut();
  const [scope, setScope] = useState(readingId ?? WHOLE_SEMINAR);
  const [format, setFormat] = useState<ExportFormat>('WEB_ANNOTATION');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const oneReading = scope !== WHOLE_SEMINAR;
  const chosen = !oneReading && format === 'MARKDOWN' ? 'WEB_ANNOTATION' : format;

  async function download(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setStatus(null);
    const result = await takeOut.exportFile(oneReading ? { readingId: scope } : { seminarId }, chosen);
    setBusy(false);
    if (!result.ok) return setStatus({ tone: 'error', text: result.error });
    const file = result.value;
    saveTextFile(file.filename, file.content, file.mediaType);
    setStatus({
      tone: 'success',
      text: `Downloaded ${file.filename}: ${postCounts(file.annotationCount, file.replyCount)}.`,
    });
  }

  return (
    <form className={styles.form} onSubmit={download} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.title}>
        Download annotations
      </h2>
      {readings && (
        <ReadingSelect
          label="What to download"
          noneLabel="The whole seminar"
          readings={readings}
          value={scope}
          onChange={setScope}
        />
      )}
      <fieldset className={styles.choices}>
        <legend className={styles.label}>Format</legend>
        {EXPORT_CHOICES.filter((c) => oneReading || !c.readingOnly).map((choice) => (
          <div key={choice.format} className={styles.choice}>
            <input
              type="radio"
              id={`${id}-${choice.format}`}
              name={`${id}-format`}
              value={choice.format}
              checked={chosen === choice.format}
              onChange={() => setFormat(choice.format)}
              aria-describedby={`${id}-${choice.format}-hint`}
            />
            <label htmlFor={`${id}-${choice.format}`}>{choice.label}</label>
            <p id={`${id}-${choice.format}-hint`} className={styles.hint}>
              {choice.hint}
            </p>
          </div>
        ))}
      </fieldset>
      <div>
        <Button type="submit" variant="secondary" busy={busy} busyLabel="Preparing the file…">
          Download annotations
        </Button>
      </div>
      <div aria-live="polite">{status && <Notice tone={status.tone}>{status.text}</Notice>}</div>
    </form>
  );
}
