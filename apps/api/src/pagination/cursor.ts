import { BadUserInputError } from '../errors/glossa-error';

/** A keyset position: the sort key of the last item seen. Opaque to clients. */
export interface CursorKey {
  at: string;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.at, key.id])).toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at))) return { at, id };
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError('The `after` cursor is not one this API issued.');
}

/** A position in text order: the passage's start (code points) and id. */
export function encodePositionCursor(position: number, id: string): string {
  return Buffer.from(JSON.stringify(['p', position, id])).toString('base64url');
}

export function decodePositionCursor(cursor: string): { position: number; id: string } {
  try {
    const [tag, position, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (tag === 'p' && Number.isInteger(position) && typeof id === 'string')
      return { position: position as number, id };
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError('The `after` cursor is not one this API issued.');
}
