export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * A snippet's text cut into plain and matched parts. Highlight ranges count code points (as the API
 * does), so the text is split by code point, never by UTF-16 unit.
 */
export function snippetParts(text: string, highlights: readonly { start: number; end: number }[]): SnippetPart[] {
  const points = Array.from(text);
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const { start, end } of [...highlights].sort((a, b) => a.start - b.start)) {
    if (start < at || end <= start) continue;
    if (start > at) parts.push({ text: points.slice(at, start).join(''), match: false });
    parts.push({ text: points.slice(start, end).join(''), match: true });
    at = end;
  }
  if (at < points.length) parts.push({ text: points.slice(at).join(''), match: false });
  return parts;
}

/** The first matched words of a snippet, in code points (what a link into the reading highlights). */
export function firstMatchLength(highlights: readonly { start: number; end: number }[]): number | null {
  const first = [...highlights].sort((a, b) => a.start - b.start)[0];
  return first ? first.end - first.start : null;
}
