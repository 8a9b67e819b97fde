import { createHmac } from 'node:crypto';
import { PSEUDONYM_ADJECTIVES, PSEUDONYM_ANIMALS } from './pseudonym-words';

/**
 * A discussion that may be anonymous: a whole seminar, or one debate. Pseudonyms are per scope, so
 * "Amber Heron" of one debate cannot be followed into another.
 */
export type AnonymityScope = `seminar:${string}` | `debate:${string}`;

const NAMES = PSEUDONYM_ADJECTIVES.length * PSEUDONYM_ANIMALS.length;

function digest(key: string, ...parts: string[]): Buffer {
  return createHmac('sha256', key).update(parts.join('\u0000')).digest();
}

/**
 * The pseudonym `userId` is offered in `scope` at the `attempt`-th try (0 first). Keyed by the
 * server's secret, so a peer who knows a member's user id cannot work out their pseudonym; a later
 * attempt is taken only when an earlier one is someone else's in that scope. Past the words' 2,304
 * combinations a number follows the name ("Amber Heron 2").
 */
export function pseudonymCandidate(key: string, scope: AnonymityScope, userId: string, attempt: number): string {
  const index = (digest(key, 'name', scope, userId).readUInt32BE(0) + attempt) % NAMES;
  const round = Math.floor(attempt / NAMES);
  const adjective = PSEUDONYM_ADJECTIVES[Math.floor(index / PSEUDONYM_ANIMALS.length)];
  const animal = PSEUDONYM_ANIMALS[index % PSEUDONYM_ANIMALS.length];
  return round === 0 ? `${adjective} ${animal}` : `${adjective} ${animal} ${round + 1}`;
}

/**
 * The id peers see instead of `userId` in `scope`: shaped as a UUID (version 8, RFC 9562's custom
 * version) so every field typed `ID` and every payload schema takes it, and unrelated to the user
 * id without the key.
 */
export function opaqueAuthorId(key: string, scope: AnonymityScope, userId: string): string {
  const bytes = digest(key, 'id', scope, userId).subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Two-letter initials of a pseudonym, so an avatar never shows a real name's initials. */
export function pseudonymInitials(name: string): string {
  return name
    .split(' ')
    .slice(0, 2)
    .map((word) => word[0] ?? '')
    .join('');
}
