import { BadUserInputError } from '../errors/glossa-error';

/** A keyset position: the sort key of the last item seen. Opaque to clients. */
export interface CursorKey {
  at: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Only a timestamp exactly as `encodeCursor` writes it (`toISOString`) and a UUID: anything else
 * would reach PostgreSQL as a value it cannot compare ("1", a year 271821 BC, "not-a-uuid").
 */
function isIssuedKey(at: unknown, id: unknown): at is string {
  if (typeof at !== 'string' || typeof id !== 'string' || !UUID.test(id)) return false;
  const time = Date.parse(at);
  // Four-digit years only: PostgreSQL's timestamps stop at 4713 BC, JavaScript's go back further.
  return !Number.isNaN(time) && /^\d{4}-/.test(at) && new Date(time).toISOString() === at;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.at, key.id])).toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (isIssuedKey(at, id)) return { at, id: id as string };
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError('The `after` cursor is not one this API issued.');
}

/** A position in text order: the passage's start (code points) and id. */
export function encodePositionCursor(position: number, id: string): string {
  return Buffer.from(JSON.stringify(['p', position, id])).toString('base64url');
}

/** A code-point offset as the database stores it (a 32-bit integer). */
function isPosition(position: unknown): position is number {
  return Number.isInteger(position) && (position as number) >= 0 && (position as number) <= 2_147_483_647;
}

export function decodePositionCursor(cursor: string): { position: number; id: string } {
  try {
    const [tag, position, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (tag === 'p' && isPosition(position) && typeof id === 'string' && UUID.test(id))
      return { position: position as number, id };
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError('The `after` cursor is not one this API issued.');
}
