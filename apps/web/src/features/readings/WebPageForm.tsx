import { FormEvent, useId, useState } from 'react';
import { newClientId } from '../../graphql/client-id';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import styles from '../seminars/SeminarForm.module.css';
import { SaveUploadForm } from './SaveUploadForm';
import { useUploadFromUrl } from './useUploadFromUrl';

/**
 * A reading from a web page's address (or a PDF's, a Word file's): the server fetches it, finds the
 * article, and the form continues as for an uploaded file. Refusals (private addresses, too slow,
 * not a document…) are shown as the API words them, tied to the address field.
 */
export function WebPageForm({ seminarId }: { seminarId: string }) {
  const [url, setUrl] = useState('');
  const [clientId, setClientId] = useState(newClientId);
  const [fetched, setFetched] = useState<{ id: string; url: string } | null>(null);
  const { fetchUrl, fetching, error } = useUploadFromUrl();
  const errorId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFetched(null);
    const upload = await fetchUrl({ seminarId, url: url.trim(), clientId });
    // A new request next time, whatever happened to this one (the same id would return this upload).
    setClientId(newClientId());
    if (upload) setFetched({ id: upload.id, url: upload.sourceUrl ?? url });
  }

  return (
    <>
      <form className={styles.form} onSubmit={submit}>
        <TextField
          label="Web page address"
          name="url"
          type="url"
          required
          maxLength={2000}
          placeholder="https://"
          hint="The address of an article, or of a PDF, Word, Markdown or text file."
          value={url}
          aria-invalid={error ? true : undefined}
          aria-errormessage={error ? errorId : undefined}
          onChange={(e) => setUrl(e.target.value)}
        />
        <Button type="submit" busy={fetching} busyLabel="Fetching…">
          Fetch the page
        </Button>
        {fetching && (
          <p role="status">
            Fetching the page… <progress aria-label="Fetching the page" />
          </p>
        )}
        {error && (
          <div id={errorId}>
            <Notice tone="error">{error}</Notice>
          </div>
        )}
      </form>
      {fetched && <SaveUploadForm key={fetched.id} uploadId={fetched.id} label={fetched.url} />}
    </>
  );
}
