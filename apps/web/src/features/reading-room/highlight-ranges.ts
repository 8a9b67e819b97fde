import type { CodePointIndex } from '@glossa/anchoring';
import type { HighlightColor, Motivation } from '../../gql/graphql';
import type { AnnotationRecord } from '../annotations/annotation-fields';

/** An annotation's passage in the shown text, in UTF-16 offsets (what the DOM and `slice` count). */
export interface HighlightRange {
  id: string;
  start: number;
  end: number;
  color: HighlightColor;
  motivation: Motivation;
  /** A deleted annotation kept for its replies: drawn faintly, so its thread can still be found. */
  deleted: boolean;
  /** The passage being annotated right now (the composer is open), not yet saved. */
  pending?: boolean;
  /** Who wrote it and how many replies its thread has: what a screen reader hears on the words (highlight-name.ts). */
  author?: string;
  replies?: number;
}

export interface AnnotationPlacement {
  /** In text order (start, then longer first). */
  anchored: HighlightRange[];
  /** Annotations whose passage is not in the shown revision: a revision removed it (their quote is kept). */
  orphaned: AnnotationRecord[];
}

/**
 * Where each annotation sits in the shown revision's text. Targets count Unicode code points (W3C
 * §4.2.5); the text is indexed in UTF-16, so every position goes through the revision's
 * `CodePointIndex`. An annotation the server marked orphaned, or one described against another
 * revision than the one shown, has no place in this text.
 */
export function placeAnnotations(
  annotations: readonly AnnotationRecord[],
  revisionNumber: number,
  index: CodePointIndex,
): AnnotationPlacement {
  const anchored: HighlightRange[] = [];
  const orphaned: AnnotationRecord[] = [];
  for (const annotation of annotations) {
    const { start, end } = annotation.target;
    const fits = start >= 0 && end > start && end <= index.codePointLength;
    if (annotation.anchorStatus === 'orphaned' || annotation.revisionNumber !== revisionNumber || !fits) {
      orphaned.push(annotation);
      continue;
    }
    anchored.push({
      id: annotation.id,
      start: index.toUtf16(start),
      end: index.toUtf16(end),
      color: annotation.color,
      motivation: annotation.motivation,
      deleted: annotation.deleted,
      author: annotation.author.displayName,
      replies: annotation.replyCount,
    });
  }
  anchored.sort(compareRanges);
  return { anchored, orphaned };
}

/**
 * The API's target for a passage of the shown text: W3C positions in code points (a partly covered
 * astral character is kept whole) and the exact words, which the API checks at that position.
 */
export function textTarget(span: { start: number; end: number }, text: string, index: CodePointIndex): { start: number; end: number; exact: string } {
  return { start: index.toCodePoint(span.start, 'floor'), end: index.toCodePoint(span.end, 'ceil'), exact: text.slice(span.start, span.end) };
}

/** Text order: earlier start first; of two starting together, the longer (outer) one first. */
export function compareRanges(a: HighlightRange, b: HighlightRange): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
