/**
 * Hands text to the browser as a download named `filename`. The export arrives over GraphQL (the
 * session cookie already signs it), so the file is made here rather than fetched again.
 */
export function saveTextFile(filename: string, content: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL can go once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
