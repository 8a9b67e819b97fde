/**
 * The name of a downloaded file, from a title: lower-case ASCII words joined by dashes, at most 60
 * characters (accents dropped, so the name is safe in a Content-Disposition header and any file
 * system); `fallback` when nothing of the title is left.
 */
export function downloadSlug(title: string, fallback: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, 60).replace(/-+$/, '') || fallback;
}
