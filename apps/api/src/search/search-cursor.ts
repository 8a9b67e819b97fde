import { BadUserInputError } from '../errors/glossa-error';
import { SearchHitKind } from './search-hit-kind';

/** Where a page of ranked hits ended: results are ordered by score (descending), then kind and id. */
export interface SearchCursorKey {
  score: number;
  kind: SearchHitKind;
  id: string;
}

export function encodeSearchCursor(key: SearchCursorKey): string {
  return Buffer.from(JSON.stringify(['s', key.score, key.kind, key.id])).toString('base64url');
}

export function decodeSearchCursor(cursor: string): SearchCursorKey {
  try {
    const [tag, score, kind, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (
      tag === 's' &&
      typeof score === 'number' &&
      Number.isFinite(score) &&
      Object.values(SearchHitKind).includes(kind as SearchHitKind) &&
      typeof id === 'string' &&
      /^[0-9a-f-]{36}$/i.test(id)
    )
      return { score, kind: kind as SearchHitKind, id };
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError('The `after` cursor is not one this search issued.');
}
