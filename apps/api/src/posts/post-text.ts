import { BadUserInputError } from '../errors/glossa-error';

export const MAX_BODY_LENGTH = 10_000;
export const MAX_TAGS = 12;
export const MAX_TAG_LENGTH = 40;

/** A Markdown body as stored: trimmed, bounded, without NUL (which PostgreSQL text cannot hold). */
export function acceptBody(body: string, { required }: { required: boolean }): string {
  const trimmed = body.replace(/\r\n?/g, '\n').trim();
  if (trimmed.includes('\u0000')) throw new BadUserInputError('The text contains a NUL character.');
  if (required && trimmed.length === 0)
    throw new BadUserInputError('Write something first: the text must not be empty.');
  if (trimmed.length > MAX_BODY_LENGTH)
    throw new BadUserInputError(`The text is ${trimmed.length} characters; the limit is ${MAX_BODY_LENGTH}.`);
  return trimmed;
}

/** Tags as stored: trimmed, lower-case, without a leading #, unique, in the order given. */
export function acceptTags(tags: string[]): string[] {
  const normalised = [
    ...new Set(tags.map((t) => t.trim().replace(/^#/, '').toLowerCase()).filter((t) => t.length > 0)),
  ];
  if (normalised.length > MAX_TAGS) throw new BadUserInputError(`At most ${MAX_TAGS} tags.`);
  for (const tag of normalised) {
    if (tag.length > MAX_TAG_LENGTH)
      throw new BadUserInputError(`The tag "${tag.slice(0, 20)}…" is longer than ${MAX_TAG_LENGTH} characters.`);
    if (/[\s,]/.test(tag))
      throw new BadUserInputError(`A tag is one word or-a-phrase-with-dashes ("${tag}" has spaces or commas).`);
  }
  return normalised;
}
