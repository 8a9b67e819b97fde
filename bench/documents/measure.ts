/** Fidelity and cost measures the documents benchmark prints. */

/** Lower-cased words, hyphens and punctuation aside, as a reader would count them. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/**
 * The share of the source's words found in the output in the same order. Each source word is looked
 * for a little ahead of the last match, and taken only where the word after it follows too, so a
 * common word ("the") met early cannot pull the match ahead and lose the rest.
 */
export function wordsRecoveredInOrder(source: string[], output: string[]): number {
  const words = source.flatMap((w) => wordsOf(w));
  let at = 0;
  let hits = 0;
  for (let i = 0; i < words.length; i++) {
    const limit = Math.min(output.length, at + 60);
    for (let j = at; j < limit; j++) {
      if (output[j] !== words[i]) continue;
      if (i + 1 < words.length && output[j + 1] !== words[i + 1] && output[j + 2] !== words[i + 1]) continue;
      hits++;
      at = j + 1;
      break;
    }
  }
  return hits / words.length;
}

/** How many times `phrase` is still in `text` (running headers that should have been dropped). */
export function occurrences(text: string, phrase: string): number {
  let count = 0;
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) count++;
  return count;
}

/** Runs `work`, sampling resident memory every 20 ms: its wall time and the peak RSS above where it started. */
export async function measured<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peakMb: number }> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, ms: performance.now() - started, peakMb: (peak - before) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}
