/** Typographic ligatures PDF fonts often emit as one glyph, and what they stand for. */
const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/** Ligatures spelled out, soft hyphens and other invisible format characters dropped. */
export function normaliseGlyphs(text: string): string {
  return text
    .replace(/[\uFB00-\uFB06]/g, (l) => LIGATURES[l])
    .replace(/[\u00AD\u200B\u2060\uFEFF]/g, '')
    .replaceAll(String.fromCharCode(0), '');
}

/**
 * Joins one line of a paragraph to the next: a word broken by a hyphen at the line's end is
 * rejoined when the next line goes on in lower case ("anno-" + "tation" → "annotation"); otherwise
 * the lines are joined by a space.
 */
export function joinLines(previous: string, next: string): string {
  const end = previous.trimEnd();
  const start = next.trimStart();
  if (/\p{L}[-\u2010]$/u.test(end) && /^\p{Ll}/u.test(start)) return end.slice(0, -1) + start;
  // A compound broken at its own hyphen ("Austro-" + "Hungarian") keeps it, without a space.
  if (/\p{L}[-\u2010]$/u.test(end) && /^\p{L}/u.test(start)) return end + start;
  if (end === '') return start;
  return `${end} ${start}`;
}

/** A line that is only a page number ("12", "- 12 -", "Page 12", "xiv"). */
export function isPageNumberLine(text: string): boolean {
  return /^[\s\-–—]*(page\s+)?([0-9]{1,4}|[ivxlcdm]{1,7})[\s\-–—]*$/i.test(text.trim());
}

/** The key under which running headers and footers repeat: case, digits and spacing ignored. */
export function runningLineKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[0-9]+/g, '#')
    .replace(/\s+/g, ' ')
    .trim();
}
