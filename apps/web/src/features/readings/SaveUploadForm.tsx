import { FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { newClientId } from '../../graphql/client-id';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import styles from '../seminars/SeminarForm.module.css';
import { NO_DETAILS, ReadingDetails, ReadingDetailsFields } from './ReadingDetailsFields';
import { useDocumentUpload, useSaveUploadedReading } from './useDocumentUpload';

/**
 * An upload (a file, or a web page the server fetched) on its way to becoming a reading: the
 * conversion's progress, then title, author and source prefilled from the document and editable,
 * and saving. Saved while still converting, the reading appears when it is ready (through the
 * seminar's live `reading.added`).
 */
export function SaveUploadForm({ uploadId, label }: { uploadId: string; label: string }) {
  const [details, setDetails] = useState<ReadingDetails>(NO_DETAILS);
  const [edited, setEdited] = useState(false);
  const [clientId] = useState(newClientId);
  const upload = useDocumentUpload(uploadId);
  const { save, saving, error } = useSaveUploadedReading();

  // Prefill from the document once it is converted, unless the convenor has typed already.
  useEffect(() => {
    if (upload && upload.status !== 'CONVERTING' && !edited && upload.title)
      setDetails({ title: upload.title, author: upload.author, source: upload.source });
  }, [upload, edited]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await save({ uploadId, ...details, clientId });
  }

  return (
    <form className={styles.form} onSubmit={submit}>
      {upload?.status === 'CONVERTING' && (
        <p role="status">
          Processing {label}… <progress max={1} value={upload.progress} /> {Math.round(upload.progress * 100)} %{' '}
          You can save now: the reading appears when it is ready.
        </p>
      )}
      {upload?.status === 'FAILED' && <Notice tone="error">{upload.error}</Notice>}
      {upload && upload.status !== 'FAILED' && !upload.readingId && (
        <>
          <ReadingDetailsFields
            details={details}
            onChange={(next) => {
              setEdited(true);
              setDetails(next);
            }}
          />
          {upload.saveRequested ? (
            <p role="status">Saved: the reading appears as soon as the document is processed.</p>
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
