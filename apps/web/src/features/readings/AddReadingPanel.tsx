import { FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { newClientId } from '../../graphql/client-id';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextAreaField, TextField } from '../../ui/TextField';
import styles from '../seminars/SeminarForm.module.css';
import { uploadDocument } from './upload-document';
import { useDocumentUpload, useSaveUploadedReading } from './useDocumentUpload';
import { usePasteReading } from './usePasteReading';

type Mode = 'upload' | 'paste';

/**
 * Adds a reading (owners and moderators): a file — PDF, Word, HTML, Markdown or text, converted on
 * the server — or pasted text. Title, author and source are prefilled from the document and can be
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
        <Button type="button" variant={mode === 'upload' ? 'primary' : 'secondary'} onClick={() => setMode('upload')}>
          Upload a file
        </Button>{' '}
        <Button type="button" variant={mode === 'paste' ? 'primary' : 'secondary'} onClick={() => setMode('paste')}>
          Paste text
        </Button>
      </div>
      {mode === 'upload' ? <UploadForm seminarId={seminarId} /> : <PasteForm seminarId={seminarId} />}
    </section>
  );
}

interface Details {
  title: string;
  author: string;
  source: string;
}

function DetailsFields({ details, onChange }: { details: Details; onChange: (details: Details) => void }) {
  return (
    <>
      <TextField
        label="Title"
        name="title"
        required
        maxLength={300}
        value={details.title}
        onChange={(e) => onChange({ ...details, title: e.target.value })}
      />
      <TextField
        label="Author"
        name="author"
        maxLength={300}
        value={details.author}
        onChange={(e) => onChange({ ...details, author: e.target.value })}
      />
      <TextField
        label="Source"
        name="source"
        maxLength={1000}
        hint="A citation, DOI or URL."
        value={details.source}
        onChange={(e) => onChange({ ...details, source: e.target.value })}
      />
    </>
  );
}

function UploadForm({ seminarId }: { seminarId: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [details, setDetails] = useState<Details>({ title: '', author: '', source: '' });
  const [edited, setEdited] = useState(false);
  const [clientId] = useState(newClientId);
  const upload = useDocumentUpload(uploadId);
  const { save, saving, error } = useSaveUploadedReading();

  // Prefill from the document once it is converted, unless the convenor has typed already.
  useEffect(() => {
    if (upload && upload.status !== 'CONVERTING' && !edited && upload.title)
      setDetails({ title: upload.title, author: upload.author, source: upload.source });
  }, [upload, edited]);

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

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!uploadId) return;
    await save({ uploadId, ...details, clientId });
  }

  return (
    <form className={styles.form} onSubmit={submit}>
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
      {upload?.status === 'CONVERTING' && (
        <p role="status">
          Processing {file?.name}… <progress max={1} value={upload.progress} /> {Math.round(upload.progress * 100)} %{' '}
          You can save now: the reading appears when it is ready.
        </p>
      )}
      {upload?.status === 'FAILED' && <Notice tone="error">{upload.error}</Notice>}
      {upload && upload.status !== 'FAILED' && !upload.readingId && (
        <>
          <DetailsFields
            details={details}
            onChange={(next) => {
              setEdited(true);
              setDetails(next);
            }}
          />
          {upload.saveRequested ? (
            <p role="status">Saved: the reading appears as soon as the file is processed.</p>
          ) : (
            <Button type="submit" busy={saving} busyLabel="Saving…">
              Save reading
            </Button>
          )}
        </>
      )}
      {upload?.readingId && (
        <Notice tone="success">
          Added “{details.title}”. <Link to={`/readings/${upload.readingId}`}>Open it</Link>
        </Notice>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </form>
  );
}

function PasteForm({ seminarId }: { seminarId: string }) {
  const [details, setDetails] = useState<Details>({ title: '', author: '', source: '' });
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
      setDetails({ title: '', author: '', source: '' });
      setClientId(newClientId());
    }
  }

  return (
    <form className={styles.form} onSubmit={submit}>
      <DetailsFields details={details} onChange={setDetails} />
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
