import { FormEvent, useEffect, useState } from 'react';
import { newClientId } from '../../graphql/client-id';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextAreaField, TextField } from '../../ui/TextField';
import styles from '../seminars/SeminarForm.module.css';
import { uploadDocument } from './upload-document';
import { useDocumentUpload } from './useDocumentUpload';
import { NewVersion, RevisionPreview, useReviseReading } from './useReviseReading';

/**
 * Revises a reading (owners and moderators, docs/documents.md "Revising a reading"): a new file or
 * pasted text, then a preview of what re-anchoring will do to the annotations — how many stay,
 * move or are orphaned, and which of those the reviser may see — and only then the revision.
 */
export function RevisePanel({ readingId, seminarId, onRevised }: { readingId: string; seminarId: string; onRevised: () => void }) {
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<'upload' | 'paste'>('upload');
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ version: NewVersion; result: RevisionPreview } | null>(null);
  const [saved, setSaved] = useState(false);
  const [clientId, setClientId] = useState(newClientId);
  const upload = useDocumentUpload(uploadId);
  const revise = useReviseReading(readingId);
  const converted = upload?.status === 'CONVERTED' ? upload.id : null;
  const askPreview = revise.preview;

  // A converted upload is previewed as soon as it is ready.
  useEffect(() => {
    if (!converted) return;
    const version: NewVersion = { kind: 'upload', uploadId: converted };
    void askPreview(version).then((result) => result && setPreview({ version, result }));
  }, [converted, askPreview]);

  async function send(chosen: File) {
    setFile(chosen);
    setUploadError(null);
    setUploadId(null);
    setPreview(null);
    setSent(0);
    try {
      setUploadId((await uploadDocument(seminarId, chosen, setSent)).id);
    } catch (caught) {
      setUploadError((caught as Error).message);
    } finally {
      setSent(null);
    }
  }

  async function previewText(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const version: NewVersion = { kind: 'text', text };
    const result = await revise.preview(version);
    if (result) setPreview({ version, result });
  }

  async function confirm() {
    if (!preview) return;
    if (await revise.save(preview.version, preview.result.baseRevision, note, clientId)) {
      setSaved(true);
      setPreview(null);
      setText('');
      setNote('');
      setUploadId(null);
      setClientId(newClientId());
      onRevised();
    }
  }

  if (!open)
    return (
      <p>
        <Button type="button" variant="secondary" onClick={() => { setOpen(true); setSaved(false); }}>
          Revise this reading
        </Button>
        {saved && <span role="status"> The new revision is saved.</span>}
      </p>
    );

  return (
    <section className={styles.panel} aria-labelledby="revise-reading-title">
      <h2 id="revise-reading-title" className={styles.title}>
        Revise this reading
      </h2>
      <div role="group" aria-label="Where the new version comes from">
        <Button type="button" variant={mode === 'upload' ? 'primary' : 'secondary'} onClick={() => setMode('upload')}>
          Upload a new file
        </Button>{' '}
        <Button type="button" variant={mode === 'paste' ? 'primary' : 'secondary'} onClick={() => setMode('paste')}>
          Paste new text
        </Button>
      </div>
      {mode === 'upload' ? (
        <div className={styles.form}>
          <label>
            New file (PDF, Word, HTML, Markdown or text)
            <input
              type="file"
              name="revision-file"
              accept=".pdf,.docx,.html,.htm,.md,.markdown,.txt,application/pdf,text/*"
              onChange={(e) => e.target.files?.[0] && void send(e.target.files[0])}
            />
          </label>
          {sent !== null && (
            <p role="status">
              Uploading {file?.name}: <progress max={1} value={sent} /> {Math.round(sent * 100)} %
            </p>
          )}
          {upload?.status === 'CONVERTING' && (
            <p role="status">
              Processing {file?.name}… <progress max={1} value={upload.progress} /> {Math.round(upload.progress * 100)} %
            </p>
          )}
          {uploadError && <Notice tone="error">{uploadError}</Notice>}
          {upload?.status === 'FAILED' && <Notice tone="error">{upload.error}</Notice>}
        </div>
      ) : (
        <form className={styles.form} onSubmit={previewText}>
          <TextAreaField label="New text" name="revision-text" required rows={8} value={text} onChange={(e) => setText(e.target.value)} />
          <Button type="submit" variant="secondary" busy={revise.busy && !preview} busyLabel="Working it out…">
            Preview the revision
          </Button>
        </form>
      )}
      {preview && <PreviewSummary preview={preview.result} />}
      {preview && (
        <div className={styles.form}>
          <TextField label="What changed" name="revision-note" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
          <Button type="button" onClick={() => void confirm()} busy={revise.busy} busyLabel="Saving…">
            Save revision
          </Button>
        </div>
      )}
      {revise.error && <Notice tone="error">{revise.error}</Notice>}
      <p>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          Close
        </Button>
      </p>
    </section>
  );
}

/** The preview's figures, and the annotations that would move or lose their words. */
function PreviewSummary({ preview }: { preview: RevisionPreview }) {
  return (
    <div role="status" aria-label="What the revision will do">
      <p>
        Saving this as revision {preview.baseRevision + 1}: <strong>{preview.exact}</strong> annotations stay on
        their words, <strong>{preview.fuzzy}</strong> move to words that changed a little,{' '}
        <strong>{preview.orphaned}</strong> lose their words (their quotes and threads are kept for review).
        {preview.unlisted > 0 && <> {preview.unlisted} of them are members’ private notes, counted but not shown.</>}
      </p>
      {preview.changed.length > 0 && (
        <ul aria-label="Annotations that move or lose their words">
          {preview.changed.map((c) => (
            <li key={c.annotation.id}>
              {c.status === 'orphaned' ? 'Loses its words' : 'Moves'}: “{c.annotation.target.exact}”
              {c.newExact && c.newExact !== c.annotation.target.exact && <> → “{c.newExact}”</>} —{' '}
              {c.annotation.author.displayName}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
