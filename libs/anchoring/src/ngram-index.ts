/**
 * An index of every n-gram (n = `NGRAM_LENGTH` UTF-16 units) of a text, used
 * to find where in a long text a quote might be without scanning all of it.
 *
 * The approximate matcher costs O(n·k/32) per search; searching a 2 MB reading
 * for each of 1,000 annotations that moved or vanished would take minutes.
 * This is the "filter, then verify" approach the matcher's author recommends:
 * a passage with a quarter of its characters edited still shares many short
 * n-grams with its quote, at offsets that agree, so the n-grams of the quote
 * vote for a few regions of the text, and only those are searched.
 *
 * n-grams are hashed into buckets (hits are checked, so a collision costs a
 * comparison, not a stray vote), and stored as a bucket-sorted array of
 * positions: about 12 bytes per character with the bucket table, built in two
 * passes.
 */

/** Long enough that most n-grams of prose are rare, short enough to fit between edits. */
export const NGRAM_LENGTH = 6;

/**
 * 31^(NGRAM_LENGTH - 1), to drop the leaving unit from the rolling hash. The
 * hash is kept to 32 bits with `| 0`; every intermediate product stays below
 * 2^53, so plain multiplication is exact (and, unlike `Math.imul`, fast in
 * every JavaScript context, including Jest's sandbox).
 */
const LEADING_POWER = 31 ** (NGRAM_LENGTH - 1);

/** Folds the high bits of the polynomial hash into the low bits the bucket mask keeps. */
function mix(hash: number): number {
  return (hash ^ (hash >>> 13) ^ (hash >>> 21)) >>> 0;
}

/** Calls `visit(offset, hash)` for every n-gram of `text`, in order. */
export function forEachNgram(text: string, visit: (offset: number, hash: number) => void): void {
  if (text.length < NGRAM_LENGTH) return;
  let hash = 0;
  for (let i = 0; i < NGRAM_LENGTH; i += 1) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  visit(0, mix(hash));
  for (let i = NGRAM_LENGTH; i < text.length; i += 1) {
    hash = (hash - text.charCodeAt(i - NGRAM_LENGTH) * LEADING_POWER) | 0;
    hash = (hash * 31 + text.charCodeAt(i)) | 0;
    visit(i - NGRAM_LENGTH + 1, mix(hash));
  }
}

/** Whether the n-grams of `a` at `i` and of `b` at `j` are the same. */
function sameNgram(a: string, i: number, b: string, j: number): boolean {
  for (let k = 0; k < NGRAM_LENGTH; k += 1) {
    if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  }
  return true;
}

/** Width, in characters, of the diagonal bins n-grams vote for. */
const BIN = 32;
/** n-grams found more often than this are too common to say where a quote is, and do not vote. */
const MAX_HITS_PER_NGRAM = 32;
/** Votes (over three adjacent bins) a region needs to be searched: one shared n-gram is chance. */
const MIN_VOTES = 3;
/** Regions searched per pattern, best voted first. */
const MAX_REGIONS = 8;

/** A region of the indexed text, [start, end). */
export interface TextRegion {
  readonly start: number;
  readonly end: number;
}

export class NgramIndex {
  private readonly text: string;
  private readonly mask: number;
  /** bucketStart[b]..bucketStart[b + 1] is bucket b's slice of `positions`. */
  private readonly bucketStart: Int32Array;
  /** Start offsets of all n-grams, grouped by bucket, ascending within a bucket. */
  private readonly positions: Int32Array;

  /** Scratch vote counters, one per diagonal bin, kept zeroed between queries. */
  private readonly votes: Uint16Array;

  constructor(text: string) {
    this.text = text;
    this.votes = new Uint16Array(Math.ceil(text.length / BIN) + 2);
    const grams = Math.max(0, text.length - NGRAM_LENGTH + 1);
    let buckets = 1024;
    while (buckets < grams) buckets *= 2;
    const mask = buckets - 1;
    // Counting sort by bucket: count, prefix-sum into bucket starts, then fill.
    const bucketStart = new Int32Array(buckets + 1);
    forEachNgram(text, (_, hash) => {
      bucketStart[(hash & mask) + 1] += 1;
    });
    for (let b = 1; b <= buckets; b += 1) bucketStart[b] += bucketStart[b - 1];
    const next = bucketStart.slice(0, buckets);
    const positions = new Int32Array(grams);
    forEachNgram(text, (offset, hash) => {
      positions[next[hash & mask]++] = offset;
    });
    this.mask = mask;
    this.bucketStart = bucketStart;
    this.positions = positions;
  }

  /** Offsets whose n-gram hashes like `hash` (a superset of those equal to the n-gram). */
  lookup(hash: number): Int32Array {
    const bucket = hash & this.mask;
    return this.positions.subarray(this.bucketStart[bucket], this.bucketStart[bucket + 1]);
  }

  /** Every verbatim occurrence of `quote` in the indexed text, ascending. */
  occurrences(quote: string): number[] {
    const found: number[] = [];
    if (quote.length < NGRAM_LENGTH) {
      for (let i = this.text.indexOf(quote); i !== -1; i = this.text.indexOf(quote, i + 1)) {
        found.push(i);
      }
      return found;
    }
    let first = 0;
    forEachNgram(quote.slice(0, NGRAM_LENGTH), (_, hash) => {
      first = hash;
    });
    for (const at of this.lookup(first)) if (this.text.startsWith(quote, at)) found.push(at);
    return found;
  }

  /**
   * The regions of the text where `pattern` might occur with up to `maxErrors`
   * edits: each of the pattern's n-grams votes for the diagonal (text offset
   * minus pattern offset) where it occurs, and the best-voted diagonals, padded
   * by `maxErrors` for the drift insertions and deletions cause, are returned,
   * best first, leaving out any that overlaps a better one.
   */
  candidateRegions(pattern: string, maxErrors: number): TextRegion[] {
    const { votes } = this;
    const touched: number[] = [];
    forEachNgram(pattern, (offset, hash) => {
      const hits = this.lookup(hash);
      if (hits.length > MAX_HITS_PER_NGRAM) return;
      for (const at of hits) {
        if (!sameNgram(this.text, at, pattern, offset)) continue; // a hash collision
        // Clamped: a passage near an end of the text may lack part of its context.
        const diagonal = Math.min(this.text.length, Math.max(0, at - offset));
        const bin = Math.floor(diagonal / BIN) + 1;
        if (votes[bin] === 0) touched.push(bin);
        if (votes[bin] < 0xffff) votes[bin] += 1;
      }
    });
    const ranked = touched
      .map((bin) => ({
        bin,
        votes: votes[bin] + (votes[bin - 1] ?? 0) + (votes[bin + 1] ?? 0),
      }))
      .filter((b) => b.votes >= MIN_VOTES)
      .sort((a, b) => b.votes - a.votes || a.bin - b.bin);
    for (const bin of touched) votes[bin] = 0;

    const regions: TextRegion[] = [];
    for (const { bin } of ranked) {
      if (regions.length >= MAX_REGIONS) break;
      const diagonal = (bin - 1) * BIN;
      const start = Math.max(0, diagonal - maxErrors - BIN);
      const end = Math.min(this.text.length, diagonal + pattern.length + maxErrors + 2 * BIN);
      if (regions.some((r) => start < r.end && r.start < end)) continue;
      regions.push({ start, end });
    }
    return regions;
  }
}
