/**
 * The comparison form of a text: what anchoring compares quotes in, so that a
 * revision that only changes typography does not count as an edit.
 *
 * Editors and copy-paste routinely swap straight for curly quotes, hyphens for
 * dashes, spaces for no-break spaces, and rewrap lines. W3C §4.2.4 asks for
 * the quote to be compared on normalised text for the same reason (HTML
 * whitespace and entities); we apply it to typography as well:
 *
 * - every run of whitespace (including NBSP, thin and ideographic spaces, line
 *   and paragraph separators) becomes one space;
 * - curly single quotes, primes and the modifier apostrophe become `'`;
 * - curly and low double quotes and double primes become `"`;
 * - hyphens, en/em dashes, the horizontal bar and the minus sign become `-`;
 * - invisible characters that only hint at line breaking (soft hyphen,
 *   zero-width space, word joiner, BOM) are dropped.
 *
 * Case, accents and every other character are kept: changing them changes the
 * words. Each replacement is one UTF-16 unit for one, so astral characters
 * pass through unchanged, and the only length changes are the collapsed
 * whitespace runs and dropped characters; `NormalizedText` keeps the offsets
 * in the original for every normalised unit, so matches found in the
 * comparison form are reported in the original text.
 *
 * @see https://www.w3.org/TR/annotation-model/#text-quote-selector
 */

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const QUOTATION_MARK = 0x22;
const HYPHEN_MINUS = 0x2d;

/** What one UTF-16 unit becomes: a unit, a space that starts or continues a run, or nothing. */
const DROP = -1;
const WHITESPACE = -2;

function classify(unit: number): number {
  switch (unit) {
    case 0x09: // tab
    case 0x0a: // line feed
    case 0x0b: // vertical tab
    case 0x0c: // form feed
    case 0x0d: // carriage return
    case 0x20: // space
    case 0x85: // next line
    case 0xa0: // no-break space
    case 0x1680: // ogham space mark
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
    case 0x202f: // narrow no-break space
    case 0x205f: // medium mathematical space
    case 0x3000: // ideographic space
      return WHITESPACE;
    case 0xad: // soft hyphen
    case 0x200b: // zero-width space
    case 0x2060: // word joiner
    case 0xfeff: // byte order mark / zero-width no-break space
      return DROP;
    case 0x2018: // left single quotation mark
    case 0x2019: // right single quotation mark
    case 0x201a: // single low-9 quotation mark
    case 0x201b: // single high-reversed-9 quotation mark
    case 0x2032: // prime
    case 0x02bc: // modifier letter apostrophe
      return APOSTROPHE;
    case 0x201c: // left double quotation mark
    case 0x201d: // right double quotation mark
    case 0x201e: // double low-9 quotation mark
    case 0x201f: // double high-reversed-9 quotation mark
    case 0x2033: // double prime
      return QUOTATION_MARK;
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2015: // horizontal bar
    case 0x2212: // minus sign
      return HYPHEN_MINUS;
    default:
      // U+2000..U+200A are the typographic spaces (en quad … hair space).
      return unit >= 0x2000 && unit <= 0x200a ? WHITESPACE : unit;
  }
}

/** Units that `classify` changes, plus a second consecutive whitespace unit. */
const NEEDS_NORMALIZATION =
  /[\t\n\v\f\r\u0085\u00a0\u00ad\u02bc\u1680\u2000-\u200b\u2010-\u2015\u2018-\u201f\u2028\u2029\u202f\u2032\u2033\u205f\u2060\u2212\u3000\ufeff]| {2}/;

/** Builds a string from UTF-16 units without the argument-count limit of one `fromCharCode` call. */
function unitsToString(units: Uint16Array, length: number): string {
  const chunks: string[] = [];
  const chunk = 8192;
  for (let i = 0; i < length; i += chunk) {
    chunks.push(String.fromCharCode(...units.subarray(i, Math.min(length, i + chunk))));
  }
  return chunks.join('');
}

/** Index of the first value in the ascending `values` that is ≥ `x` (values.length if none). */
function lowerBound(values: Int32Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The comparison form of `text` alone, for short strings such as quotes and context. */
export function normalizeString(text: string): string {
  return NEEDS_NORMALIZATION.test(text) ? NormalizedText.of(text).text : text;
}

/**
 * A text in comparison form together with the map back to the original, in
 * UTF-16 offsets. Build once per text (`NormalizedText.of`) and reuse.
 */
export class NormalizedText {
  /** The comparison form. */
  readonly text: string;
  /** The original text. */
  readonly original: string;
  /**
   * For normalised unit i, the original offset of the first unit it stands
   * for; null when the text needed no change (the maps are the identity).
   */
  private readonly starts: Int32Array | null;
  /** For normalised unit i, the original offset just after the units it stands for. */
  private readonly ends: Int32Array | null;

  private constructor(
    original: string,
    text: string,
    starts: Int32Array | null,
    ends: Int32Array | null,
  ) {
    this.original = original;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  static of(original: string): NormalizedText {
    if (!NEEDS_NORMALIZATION.test(original)) {
      return new NormalizedText(original, original, null, null);
    }
    const units = new Uint16Array(original.length);
    const starts = new Int32Array(original.length);
    const ends = new Int32Array(original.length);
    let length = 0;
    let inWhitespace = false;
    for (let i = 0; i < original.length; i += 1) {
      const mapped = classify(original.charCodeAt(i));
      if (mapped === DROP) continue;
      if (mapped === WHITESPACE) {
        if (inWhitespace) {
          ends[length - 1] = i + 1;
          continue;
        }
        inWhitespace = true;
        units[length] = SPACE;
      } else {
        inWhitespace = false;
        units[length] = mapped;
      }
      starts[length] = i;
      ends[length] = i + 1;
      length += 1;
    }
    return new NormalizedText(
      original,
      unitsToString(units, length),
      starts.slice(0, length),
      ends.slice(0, length),
    );
  }

  /** The original offset where a match starting at normalised offset `offset` starts. */
  toOriginalStart(offset: number): number {
    if (this.starts === null) return offset;
    return offset < this.starts.length ? this.starts[offset] : this.original.length;
  }

  /**
   * The original offset where a match ending at normalised offset `offset`
   * ends: just after the last original unit the match covers, so a match
   * ending in a collapsed space covers the whole whitespace run.
   */
  toOriginalEnd(offset: number): number {
    if (this.ends === null) return offset;
    if (offset <= 0) return this.toOriginalStart(0);
    return this.ends[Math.min(offset, this.ends.length) - 1];
  }

  /**
   * The normalised offset of original offset `offset`: the first normalised
   * unit that stands for original text at or after it.
   */
  fromOriginal(offset: number): number {
    if (this.starts === null) return Math.max(0, Math.min(this.text.length, offset));
    return lowerBound(this.starts, offset);
  }
}
