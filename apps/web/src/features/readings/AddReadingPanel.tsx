import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { newClientId } from '../../graphql/client-id';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextAreaField } from '../../ui/TextField';
import styles from '../seminars/SeminarForm.module.css';
import { uploadDocument } from './upload-document';
import { NO_DETAILS, ReadingDetails, ReadingDetailsFields } from './ReadingDetailsFields';
import { SaveUploadForm } from './SaveUploadForm';
import { usePasteReading } from './usePasteReading';
import { WebPageForm } from './WebPageForm';

type Mode = 'upload' | 'url' | 'paste';

const MODES: Array<[Mode, string]> = [
  ['upload', 'Upload a file'],
  ['url', 'From a web page'],
  ['paste', 'Paste text'],
];

/**
 * Adds a reading (owners and moderators): a file — PDF, Word, HTML, Markdown or text, converted on
 * the server — a web page's address (fetched by the server), or pasted text. Title, author and source are prefilled from the document and can be
 * changed before saving; a large file may still be converting when saved, and the reading then
 * appears in the list when it is ready (through the seminar's live `reading.added`).
 */
export function AddReadingPanel({ seminarId }: { seminarId: string }) {
  const [mode, setMode] = useState<Mode>('upload');
  return (
    <section className={styles.panel} aria-labelledby="add-reading-title">
      <h2 id="add-reading-title" className={styles.title}>
        Add a reading
      </h2>
      <div role="group" aria-label="How to add it">
        {MODES.map(([value, label]) => (
          <span key={value}>
            <Button
              type="button"
              variant={mode === value ? 'primary' : 'secondary'}
              aria-pressed={mode === value}
              onClick={() => setMode(value)}
            >
              {label}
            </Button>{' '}
          </span>
        ))}
      </div>
      {mode === 'upload' && <UploadForm seminarId={seminarId} />}
      {mode === 'url' && <WebPageForm seminarId={seminarId} />}
      {mode === 'paste' && <PasteForm seminarId={seminarId} />}
    </section>
  );
}

function UploadForm({ seminarId }: { seminarId: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);

  async function send(chosen: File) {
    setFile(chosen);
    setUploadError(null);
    setUploadId(null);
    setSent(0);
    try {
      const answer = await uploadDocument(seminarId, chosen, setSent);
      setUploadId(answer.id);
    } catch (caught) {
      setUploadError((caught as Error).message);
    } finally {
      setSent(null);
    }
  }

  return (
    <>
      <div className={styles.form}>
        <label>
          File (PDF, Word, HTML, Markdown or text)
          <input
            type="file"
            name="file"
            accept=".pdf,.docx,.html,.htm,.md,.markdown,.txt,application/pdf,text/*"
            onChange={(e) => e.target.files?.[0] && void send(e.target.files[0])}
          />
        </label>
        {sent !== null && (
          <p role="status">
            Uploading {file?.name}: <progress max={1} value={sent} /> {Math.round(sent * 100)} %
          </p>
        )}
        {uploadError && <Notice tone="error">{uploadError}</Notice>}
      </div>
      {uploadId && <SaveUploadForm key={uploadId} uploadId={uploadId} label={file?.name ?? 'the file'} />}
    </>
  );
}

function PasteForm({ seminarId }: { seminarId: string }) {
  const [details, setDetails] = useState<ReadingDetails>(NO_DETAILS);
  const [text, setText] = useState('');
  const [markdown, setMarkdown] = useState(false);
  const [clientId, setClientId] = useState(newClientId);
  const [added, setAdded] = useState<{ id: string; title: string } | null>(null);
  const { add, adding, error } = usePasteReading();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reading = await add({ seminarId, ...details, text, format: markdown ? 'MARKDOWN' : 'PLAIN', clientId });
    if (reading) {
      setAdded(reading);
      setText('');
      setDetails(NO_DETAILS);
      setClientId(newClientId());
    }
  }

  return (
    <form className={styles.form} onSubmit={submit}>
      <ReadingDetailsFields details={details} onChange={setDetails} />
      <TextAreaField
        label="Text"
        name="text"
        required
        rows={8}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <label>
        <input type="checkbox" checked={markdown} onChange={(e) => setMarkdown(e.target.checked)} /> The text is
        Markdown
      </label>
      <Button type="submit" busy={adding} busyLabel="Adding…">
        Add reading
      </Button>
      {error && <Notice tone="error">{error}</Notice>}
      {added && !error && (
        <Notice tone="success">
          Added “{added.title}”. <Link to={`/readings/${added.id}`}>Open it</Link>
        </Notice>
      )}
    </form>
  );
}
