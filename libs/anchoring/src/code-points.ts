/**
 * Conversions between Unicode code point offsets (what W3C §4.2.5 Text
 * Position Selectors count) and UTF-16 code unit offsets (what JavaScript
 * strings index by). They differ by one for every astral character (emoji,
 * mathematical letters such as 𝔐) before the offset.
 *
 * A lone surrogate counts as one code point, as `for…of` and
 * `String.prototype.codePointAt` treat it.
 */

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Whether a surrogate pair (one astral code point) starts at UTF-16 offset `i`. */
function isPairStart(text: string, i: number): boolean {
  return (
    i + 1 < text.length &&
    isHighSurrogate(text.charCodeAt(i)) &&
    isLowSurrogate(text.charCodeAt(i + 1))
  );
}

/** How to resolve a UTF-16 offset that falls between the two halves of a surrogate pair. */
export type SurrogateRounding = 'floor' | 'ceil';

/** `offset` truncated to an integer in [0, max]; NaN counts as 0. */
function clampOffset(offset: number, max: number): number {
  if (Number.isNaN(offset)) return 0;
  return Math.max(0, Math.min(max, Math.trunc(offset)));
}

/** Number of values in the sorted `values` that are strictly less than `x`. */
function countBelow(values: Int32Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A precomputed index of one text's astral characters, so that converting an
 * offset costs O(log a) (a = number of astral characters) instead of a scan
 * from the start of the text. Build it once per text when converting many
 * offsets, e.g. while re-anchoring every annotation of a 2 MB reading.
 *
 * Offsets outside the text are clamped to it.
 */
export class CodePointIndex {
  /** Length of the text in UTF-16 code units (`string.length`). */
  readonly utf16Length: number;
  /** Length of the text in code points (W3C §4.2.5 positions run from 0 to this). */
  readonly codePointLength: number;
  /** UTF-16 offset of the high surrogate of each astral character, ascending. */
  private readonly pairUtf16: Int32Array;
  /** Code point offset of each astral character, ascending. */
  private readonly pairCodePoint: Int32Array;

  constructor(text: string) {
    const starts: number[] = [];
    for (let i = 0; i < text.length; i += 1) {
      if (isPairStart(text, i)) {
        starts.push(i);
        i += 1;
      }
    }
    this.utf16Length = text.length;
    this.codePointLength = text.length - starts.length;
    this.pairUtf16 = Int32Array.from(starts);
    // The n-th pair (0-based) has n pairs, i.e. n surplus code units, before it.
    this.pairCodePoint = Int32Array.from(starts, (start, n) => start - n);
  }

  /** Whether the text has no astral characters, so both offsets coincide. */
  get isIdentity(): boolean {
    return this.pairUtf16.length === 0;
  }

  /**
   * The code point offset of UTF-16 offset `utf16`. An offset between the two
   * halves of a surrogate pair is rounded down (before the character) or up
   * (after it), as `rounding` says: round a range's start down and its end up
   * to keep a partially covered character inside the range.
   */
  toCodePoint(utf16: number, rounding: SurrogateRounding = 'floor'): number {
    const u = clampOffset(utf16, this.utf16Length);
    const pairsStartingBefore = countBelow(this.pairUtf16, u);
    const codePoint = u - pairsStartingBefore;
    const insidePair = pairsStartingBefore > 0 && this.pairUtf16[pairsStartingBefore - 1] === u - 1;
    // Inside a pair, `codePoint` already points at that character's start.
    return insidePair && rounding === 'ceil' ? codePoint + 1 : codePoint;
  }

  /** The UTF-16 offset of code point offset `codePoint`. */
  toUtf16(codePoint: number): number {
    const cp = clampOffset(codePoint, this.codePointLength);
    return cp + countBelow(this.pairCodePoint, cp);
  }
}

/**
 * The code point offset of UTF-16 offset `utf16` in `text`, by a scan of the
 * text before it; use a `CodePointIndex` to convert many offsets.
 */
export function toCodePointOffset(
  text: string,
  utf16: number,
  rounding: SurrogateRounding = 'floor',
): number {
  const u = clampOffset(utf16, text.length);
  let codePoint = 0;
  let i = 0;
  while (i < u) {
    const width = isPairStart(text, i) ? 2 : 1;
    if (i + width > u) return rounding === 'ceil' ? codePoint + 1 : codePoint;
    i += width;
    codePoint += 1;
  }
  return codePoint;
}

/**
 * The UTF-16 offset of code point offset `codePoint` in `text`, by a scan of
 * the text before it; use a `CodePointIndex` to convert many offsets.
 */
export function toUtf16Offset(text: string, codePoint: number): number {
  const target = clampOffset(codePoint, text.length);
  let i = 0;
  for (let n = 0; n < target && i < text.length; n += 1) {
    i += isPairStart(text, i) ? 2 : 1;
  }
  return i;
}

/** The length of `text` in code points. */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i += isPairStart(text, i) ? 2 : 1) length += 1;
  return length;
}
