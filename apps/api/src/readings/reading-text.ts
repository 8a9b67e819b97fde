import { BadUserInputError } from '../errors/glossa-error';

export const MAX_READING_BYTES = 2 * 1024 * 1024;

/**
 * Checks a reading's text before it is stored: not empty, at most 2 MB of UTF-8, and free of the NUL
 * character, which PostgreSQL text cannot hold. Line endings are normalised to \n so that character
 * offsets (and therefore annotation anchors) do not depend on the uploader's operating system.
 */
export function acceptReadingText(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  if (normalised.trim().length === 0) throw new BadUserInputError('The text of a reading must not be empty.');
  if (normalised.includes('\u0000'))
    throw new BadUserInputError('The text contains a NUL character, which cannot be stored.');
  const bytes = Buffer.byteLength(normalised, 'utf8');
  if (bytes > MAX_READING_BYTES) {
    throw new BadUserInputError(`The text is ${(bytes / 1024 / 1024).toFixed(1)} MB; a reading may be at most 2 MB.`);
  }
  return normalised;
}
