import { ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { newClientId } from '../../graphql/client-id';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { postCounts } from './export-choices';
import { ImportFigures, previewFigures, reportFigures } from './ImportFigures';
import { ReadingSelect } from './ReadingSelect';
import styles from './TakeOut.module.css';
import { ImportPreview, ImportReport, ImportRequest, useTakeOut } from './useTakeOut';

interface Props {
  seminarId: string;
  readings: ReadonlyArray<{ id: string; title: string }>;
}

type Phase =
  | { step: 'choose' }
  | { step: 'previewing' }
  | { step: 'previewed'; preview: ImportPreview }
  | { step: 'importing'; preview: ImportPreview }
  | { step: 'imported'; report: ImportReport };

const MATCH_BY_TITLE = '';

/**
 * "Import annotations": a file exported from Glossa, another W3C Web Annotation tool or Hypothesis.
 * Choosing it shows what importing would do (the API's preview, which writes nothing); "Import"
 * then brings it in and shows the report. One clientId per file and destination, so a retried
 * click answers the first import's report instead of importing twice.
 */
export function ImportAnnotations({ seminarId, readings }: Props) {
  const id = useId();
  const takeOut = useTakeOut();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [into, setInto] = useState(MATCH_BY_TITLE);
  const [clientId, setClientId] = useState(newClientId);
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const reportHeading = useRef<HTMLHeadingElement>(null);

  const request = (text: string, readingId: string): ImportRequest => ({
    seminarId,
    document: text,
    ...(readingId ? { readingId } : {}),
  });

  async function preview(text: string, readingId: string) {
    setError(null);
    setClientId(newClientId());
    setPhase({ step: 'previewing' });
    const result = await takeOut.preview(request(text, readingId));
    if (result.ok) return setPhase({ step: 'previewed', preview: result.value });
    setPhase({ step: 'choose' });
    setError(result.error);
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    const text = await chosen.text();
    setFile({ name: chosen.name, text });
    await preview(text, into);
  }

  async function changeInto(readingId: string) {
    setInto(readingId);
    if (file) await preview(file.text, readingId);
  }

  async function run() {
    if (!file || phase.step !== 'previewed') return;
    setError(null);
    setPhase({ step: 'importing', preview: phase.preview });
    const result = await takeOut.importFile(request(file.text, into), clientId);
    if (result.ok) return setPhase({ step: 'imported', report: result.value });
    // The clientId stays: trying again cannot import twice.
    setPhase({ step: 'previewed', preview: phase.preview });
    setError(result.error);
  }

  useEffect(() => {
    if (phase.step === 'imported') reportHeading.current?.focus();
  }, [phase.step]);

  const shown = phase.step === 'previewed' || phase.step === 'importing' ? phase.preview : null;
  return (
    <section className={styles.form} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.title}>
        Import annotations
      </h2>
      <div className={styles.field}>
        <label htmlFor={`${id}-file`} className={styles.label}>
          Annotations file
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          className={styles.file}
          onChange={(e) => void choose(e)}
          aria-describedby={`${id}-file-hint`}
        />
        <p id={`${id}-file-hint`} className={styles.hint}>
          W3C Web Annotation JSON-LD or Hypothesis JSON. You see what it holds before anything is imported.
        </p>
      </div>
      {readings.length > 0 && (
        <ReadingSelect
          label="Place the annotations in"
          noneLabel="The readings they were made on (matched by address or title)"
          readings={readings}
          value={into}
          onChange={(readingId) => void changeInto(readingId)}
        />
      )}
      <div aria-live="polite">
        {phase.step === 'previewing' && <p className={styles.hint}>Reading the file…</p>}
        {shown && file && (
          <div className={styles.outcome}>
            <h3 className={styles.subtitle}>Before importing {file.name}</h3>
            <p>Nothing has been imported yet. Importing would bring in {postCounts(shown.annotationsToImport, shown.repliesToImport)}.</p>
            <ImportFigures figures={previewFigures(shown)} will label="Import preview" />
          </div>
        )}
        {phase.step === 'imported' && (
          <div className={styles.outcome}>
            <h3 className={styles.subtitle} ref={reportHeading} tabIndex={-1}>
              Import report
            </h3>
            <Notice tone="success">
              Imported {postCounts(phase.report.annotationsImported, phase.report.repliesImported)}.
            </Notice>
            <ImportFigures figures={reportFigures(phase.report)} will={false} label="Import report" />
          </div>
        )}
      </div>
      {error && <Notice tone="error">{error}</Notice>}
      {shown && (
        <div className={styles.row}>
          <Button onClick={() => void run()} busy={phase.step === 'importing'} busyLabel="Importing…">
            Import
          </Button>
        </div>
      )}
    </section>
  );
}
