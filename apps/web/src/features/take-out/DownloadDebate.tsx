import { useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { plural } from './export-choices';
import { saveTextFile } from './save-file';
import { useTakeOut } from './useTakeOut';

/** "Download as Markdown" on the debate page: the motion and the claims I may see, as a document. */
export function DownloadDebate({ debateId }: { debateId: string }) {
  const takeOut = useTakeOut();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  async function download() {
    setBusy(true);
    setStatus(null);
    const result = await takeOut.exportDebate(debateId);
    setBusy(false);
    if (!result.ok) return setStatus({ tone: 'error', text: result.error });
    saveTextFile(result.value.filename, result.value.content, result.value.mediaType);
    setStatus({ tone: 'success', text: `Downloaded ${result.value.filename}: ${plural(result.value.claimCount, 'claim')}.` });
  }

  return (
    <div>
      <Button variant="secondary" onClick={() => void download()} busy={busy} busyLabel="Preparing the file…">
        Download the debate as Markdown
      </Button>
      <div aria-live="polite">{status && <Notice tone={status.tone}>{status.text}</Notice>}</div>
    </div>
  );
}
