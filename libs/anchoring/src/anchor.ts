import { codePointLength } from './code-points';
import { matchQuote, type MatchQuoteOptions } from './match-quote';
import { matchScore } from './match-score';
import { normalizeString } from './normalize';
import { PreparedText, prepareText } from './prepared-text';
import type { TextPositionSelector, TextSelectors } from './selectors';
import { textSimilarity } from './text-similarity';

/**
 * - `exact`: the passage's words are in the text verbatim (up to the
 *   typography `normalize.ts` ignores), whether at the recorded position or
 *   elsewhere (text was inserted before it, or it moved).
 * - `fuzzy`: the words were edited, and the best place still resembles the
 *   quote and its context closely enough.
 * - `orphaned`: nothing resembles the passage closely enough; the annotation
 *   keeps its quote and is shown apart from the text, never pinned to other
 *   words.
 */
export type AnchorStatus = 'exact' | 'fuzzy' | 'orphaned';

/**
 * Where a passage is, in code points of the text (W3C §4.2.5), with `score`
 * in [0, 1]: the similarity of quote, prefix and suffix at that place, each
 * weighed by its length (1 when all match verbatim; see `match-score.ts`).
 *
 * An orphaned result has null `start` and `end` (the last known position is
 * still in the stored position selector) and, as `score`, that of the best
 * place that was rejected, 0 if there was none: it says how nearly the
 * passage survived.
 */
export type AnchorResult =
  | {
      readonly status: 'exact' | 'fuzzy';
      readonly start: number;
      readonly end: number;
      readonly score: number;
    }
  | {
      readonly status: 'orphaned';
      readonly start: null;
      readonly end: null;
      readonly score: number;
    };

export interface AnchorOptions extends Partial<MatchQuoteOptions> {
  /** A place scoring below this is not the passage (see `DEFAULT_ANCHOR_OPTIONS`). */
  readonly minScore?: number;
  /** A place whose words resemble the quote less than this is not the passage, however well its context matches. */
  readonly minQuoteSimilarity?: number;
  /**
   * Set when the position selector is known to be accurate to about this
   * many code points, e.g. corrected by `reanchorAll` from neighbouring
   * passages: nearness then chooses between places the text cannot tell
   * apart (see `QuoteQuery.hintTolerance`). Unset, the position only breaks
   * exact ties.
   */
  readonly hintTolerance?: number;
}

/**
 * Thresholds tuned on `bench/anchoring` (1,000 random highlights of the demo
 * readings under 0–10 % random edits; see its README for the figures).
 *
 * - `minScore` 0.65: below it a place is more likely a coincidence (the same
 *   phrase with other words around it, a similar sentence) than the passage.
 *   Over 9,000 benchmark annotations, places where a deleted passage's words
 *   recur scored at most 0.60, while 99.8 % of surviving passages (≤ 20 % of
 *   their characters edited) scored above 0.65; those below are short quotes
 *   whose context was rewritten too, which are better orphaned than guessed.
 * - `minQuoteSimilarity` 0.8: the passage's own words must still be mostly
 *   there (the benchmark calls a passage with more than 20 % of it edited
 *   destroyed); a place whose context matches but whose words were rewritten
 *   is a different passage in the same spot.
 * - `maxErrorRate` 0.3: the matcher looks for places with up to 30 % of the
 *   quote's length in edits, a little more than `minQuoteSimilarity` allows,
 *   so that boundary cases are scored rather than missed.
 * - `contextErrorRate` 0.5: when searching with the context, half of it may
 *   differ (an edited neighbouring sentence) before the place is ignored.
 * - `windowRadius` 1024: characters searched each side of the hint before the
 *   whole text, in texts too short to index (and in indexed ones whose index
 *   finds nothing); after 5 % edits, 99 % of the benchmark's surviving
 *   passages were within 450 characters of their old position.
 * - `confidentScore` 0.85: a candidate scoring this ends the search, and a
 *   verbatim quote at the recorded position scoring this is accepted without
 *   one. Lower would save time but accept a near-duplicate before seeing a
 *   better place; the benchmark's recall and wrong anchors do not change
 *   between 0.8 and 0.9.
 */
export const DEFAULT_ANCHOR_OPTIONS: Required<Omit<AnchorOptions, 'hintTolerance'>> = {
  minScore: 0.65,
  minQuoteSimilarity: 0.8,
  maxErrorRate: 0.3,
  contextErrorRate: 0.5,
  windowRadius: 1024,
  confidentScore: 0.85,
};

/** `options` over the defaults; an option given as `undefined` keeps its default. */
function withDefaults(options: AnchorOptions): typeof DEFAULT_ANCHOR_OPTIONS & AnchorOptions {
  const settings: typeof DEFAULT_ANCHOR_OPTIONS & AnchorOptions = { ...DEFAULT_ANCHOR_OPTIONS };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) Object.assign(settings, { [key]: value });
  }
  return settings;
}

const ORPHANED = (score: number): AnchorResult => ({
  status: 'orphaned',
  start: null,
  end: null,
  score,
});

/** A position selector that names a range of this text, or null. */
function validPosition(
  position: TextPositionSelector | undefined,
  length: number,
): TextPositionSelector | null {
  if (position === undefined) return null;
  const { start, end } = position;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  return start >= 0 && start <= end && end <= length ? position : null;
}

/**
 * Score of the recorded position when the quote is there verbatim, or null
 * when it is not: the position is only trusted once the quote confirms it.
 */
function scoreAtPosition(
  prepared: PreparedText,
  position: TextPositionSelector,
  quote: {
    exact: string;
    prefix: string;
    suffix: string;
    prefixLength: number;
    suffixLength: number;
  },
): number | null {
  const { text, codePoints } = prepared;
  const from = codePoints.toUtf16(position.start);
  const to = codePoints.toUtf16(position.end);
  if (normalizeString(text.slice(from, to)) !== quote.exact) return null;
  const before = normalizeString(
    text.slice(codePoints.toUtf16(position.start - quote.prefixLength), from),
  );
  const after = normalizeString(
    text.slice(to, codePoints.toUtf16(position.end + quote.suffixLength)),
  );
  return matchScore({
    quoteLength: quote.exact.length,
    quoteSimilarity: 1,
    prefixLength: quote.prefix.length,
    prefixSimilarity: textSimilarity(before, quote.prefix),
    suffixLength: quote.suffix.length,
    suffixSimilarity: textSimilarity(after, quote.suffix),
    uniqueVerbatim: false,
  });
}

/**
 * Two places whose scores differ by less than this are too close for the text
 * alone to choose between them.
 */
const AMBIGUITY_MARGIN = 0.05;

/** `anchor`'s result, and what `reanchorAll` needs to know about how it was reached. */
export interface Located {
  readonly result: AnchorResult;
  /** Found by search, with another place scoring within `AMBIGUITY_MARGIN` of it. */
  readonly ambiguous: boolean;
}

/**
 * Finds the passage described by `selectors` in `text`, which may have been
 * revised since they were recorded.
 *
 * 1. The position selector is tried first and trusted if the quote is there
 *    verbatim with its context (`exact`).
 * 2. Otherwise the quote is searched, allowing edits: verbatim occurrences
 *    first, then around the recorded position or, in a long text, where its
 *    n-gram index points; each candidate is scored on quote, prefix and
 *    suffix similarity, and the recorded position only breaks ties (see
 *    `match-quote.ts`).
 * 3. The best candidate is accepted if it passes `minScore` and
 *    `minQuoteSimilarity`; otherwise the passage is `orphaned`.
 *
 * Comparison ignores typography (`normalize.ts`), but offsets are code points
 * of the original `text`. Pass a `PreparedText` to anchor many passages in one
 * text. Never throws for any input text.
 */
export function anchor(
  text: string | PreparedText,
  selectors: TextSelectors,
  options: AnchorOptions = {},
): AnchorResult {
  return locate(prepareText(text), selectors, options).result;
}

/** `anchor`, also saying whether the text alone left the place ambiguous. */
export function locate(
  prepared: PreparedText,
  selectors: TextSelectors,
  options: AnchorOptions = {},
): Located {
  const settings = withDefaults(options);
  const { codePoints } = prepared;
  const quote = {
    exact: normalizeString(selectors.quote.exact),
    prefix: normalizeString(selectors.quote.prefix),
    suffix: normalizeString(selectors.quote.suffix),
    prefixLength: codePointLength(selectors.quote.prefix),
    suffixLength: codePointLength(selectors.quote.suffix),
  };
  const settled = (result: AnchorResult): Located => ({ result, ambiguous: false });

  const position = validPosition(selectors.position, codePoints.codePointLength);
  const positionScore = position === null ? null : scoreAtPosition(prepared, position, quote);
  if (position !== null && positionScore !== null) {
    if (positionScore >= settings.confidentScore) {
      return settled({
        status: 'exact',
        start: position.start,
        end: position.end,
        score: positionScore,
      });
    }
  }
  if (quote.exact.length === 0) {
    return settled(anchorEmptyQuote(prepared, quote, selectors.position));
  }

  const normalized = prepared.normalized;
  const hint =
    selectors.position === undefined || !Number.isFinite(selectors.position.start)
      ? undefined
      : normalized.fromOriginal(codePoints.toUtf16(selectors.position.start));
  const best = matchQuote(
    normalized.text,
    {
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      hint,
      hintTolerance: hint === undefined ? undefined : settings.hintTolerance,
    },
    settings,
    () => prepared.ngrams,
  );

  // The recorded position, verbatim, wins ties: it is where the user pointed.
  if (position !== null && positionScore !== null && positionScore >= (best?.score ?? 0)) {
    return settled(
      positionScore >= settings.minScore
        ? { status: 'exact', start: position.start, end: position.end, score: positionScore }
        : ORPHANED(positionScore),
    );
  }
  if (
    best === null ||
    best.score < settings.minScore ||
    best.quoteSimilarity < settings.minQuoteSimilarity
  ) {
    return settled(ORPHANED(Math.max(best?.score ?? 0, positionScore ?? 0)));
  }

  // Approximate alignment may take in a neighbouring space the quote lacks.
  let start = best.start;
  let end = best.end;
  const found = normalized.text;
  if (!quote.exact.startsWith(' ')) while (start < end && found[start] === ' ') start += 1;
  if (!quote.exact.endsWith(' ')) while (end > start && found[end - 1] === ' ') end -= 1;

  return {
    result: {
      status: best.quoteSimilarity === 1 ? 'exact' : 'fuzzy',
      start: codePoints.toCodePoint(normalized.toOriginalStart(start), 'floor'),
      end: codePoints.toCodePoint(normalized.toOriginalEnd(end), 'ceil'),
      score: best.score,
    },
    ambiguous: best.runnerUpScore >= best.score - AMBIGUITY_MARGIN,
  };
}

/**
 * An empty quote (a caret, not a selection) has no words to find: it is where
 * its prefix meets its suffix, if that junction exists verbatim.
 */
function anchorEmptyQuote(
  prepared: PreparedText,
  quote: { prefix: string; suffix: string },
  position: TextPositionSelector | undefined,
): AnchorResult {
  const junction = quote.prefix + quote.suffix;
  if (junction.length === 0) return ORPHANED(0);
  const normalized = prepared.normalized;
  const hint =
    position === undefined || !Number.isFinite(position.start)
      ? 0
      : normalized.fromOriginal(prepared.codePoints.toUtf16(position.start));
  let best = -1;
  for (
    let i = normalized.text.indexOf(junction);
    i !== -1;
    i = normalized.text.indexOf(junction, i + 1)
  ) {
    const at = i + quote.prefix.length;
    if (best === -1 || Math.abs(at - hint) < Math.abs(best - hint)) best = at;
  }
  if (best === -1) return ORPHANED(0);
  const offset = prepared.codePoints.toCodePoint(normalized.toOriginalStart(best));
  return { status: 'exact', start: offset, end: offset, score: 1 };
}
