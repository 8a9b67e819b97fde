/** What POST /documents/upload answers: the upload, or the API's `{ code, message }` error. */
export interface UploadAnswer {
  id: string;
  status: string;
}

/**
 * Sends a file as the request body with progress (XMLHttpRequest: fetch reports no upload
 * progress). The session cookie goes with it; the API reads the type from the bytes.
 */
export function uploadDocument(
  seminarId: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    const query = new URLSearchParams({ seminarId, filename: file.name });
    request.open('POST', `/documents/upload?${query.toString()}`);
    request.withCredentials = true;
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: { id?: string; status?: string; message?: string } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        /* not JSON: reported below */
      }
      if (request.status === 202 && body.id) resolve({ id: body.id, status: body.status ?? 'CONVERTING' });
      else reject(new Error(body.message ?? `The upload failed (HTTP ${request.status}).`));
    };
    request.onerror = () => reject(new Error('The upload did not reach the server; check your connection.'));
    request.send(file);
  });
}
