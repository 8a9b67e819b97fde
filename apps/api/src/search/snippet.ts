/**
 * Snippets come from PostgreSQL's `ts_headline` with two control characters as match markers
 * (STX before, ETX after a match). The source text has those characters removed before it is
 * headlined, so every marker in the output is ours and a post cannot forge a highlight.
 */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/** A matched stretch of a snippet, in Unicode code points (as every position in the API, W3C §4.2.5). */
export interface SnippetRange {
  start: number;
  end: number;
}

export interface Snippet {
  text: string;
  highlights: SnippetRange[];
}

/** Splits marked headline output into plain text and the code-point ranges of its matches. */
export function parseHeadline(marked: string): Snippet {
  let text = '';
  let length = 0;
  let open: number | null = null;
  const highlights: SnippetRange[] = [];
  for (const char of marked) {
    if (char === MATCH_START) {
      open = length;
    } else if (char === MATCH_END) {
      if (open !== null && length > open) highlights.push({ start: open, end: length });
      open = null;
    } else {
      text += char;
      length += 1;
    }
  }
  return { text, highlights };
}

/** The snippet as HTML: every character escaped, the matches (and only they) wrapped in `<mark>`. */
export function snippetHtml({ text, highlights }: Snippet): string {
  const chars = [...text];
  let html = '';
  let at = 0;
  for (const range of highlights) {
    html += escapeHtml(chars.slice(at, range.start).join(''));
    html += `<mark>${escapeHtml(chars.slice(range.start, range.end).join(''))}</mark>`;
    at = range.end;
  }
  return html + escapeHtml(chars.slice(at).join(''));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
