/** A reader's pace for dense academic prose, slower than the ~240 wpm usually quoted for fiction. */
const WORDS_PER_MINUTE = 200;

export function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

export function readingTimeMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
