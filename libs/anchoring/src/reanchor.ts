import { locate, type AnchorOptions, type AnchorStatus, type Located } from './anchor';
import { describe } from './describe';
import { PreparedText, prepareText } from './prepared-text';
import type { TextPositionSelector, TextSelectors } from './selectors';

/** One annotation's selectors, recorded against an earlier revision of the text. */
export interface ReanchorTarget<Id> {
  readonly id: Id;
  readonly selectors: TextSelectors;
}

/**
 * The outcome of re-anchoring one annotation in a new revision.
 *
 * `selectors` are what to store from now on: for an anchored passage, fresh
 * selectors described against the new text (its quote now holds the edited
 * words, its position the new offsets); for an orphaned one, the old
 * selectors unchanged, so the quote is kept for display and for a later
 * revision that may restore the passage.
 */
export interface Reanchored {
  readonly status: AnchorStatus;
  readonly score: number;
  readonly selectors: TextSelectors;
}

export interface ReanchorOutcome<Id> extends Reanchored {
  readonly id: Id;
}

/** A passage found verbatim and unambiguously: how far the revision moved the text there. */
interface Landmark {
  /** Index of the target that serves as landmark. */
  readonly target: number;
  readonly oldStart: number;
  readonly shift: number;
}

/** Least score for a passage to serve as a landmark: verbatim, with its context nearly intact. */
const LANDMARK_SCORE = 0.95;
/** Tolerance (code points) of a hint corrected from landmarks that agree on the shift. */
const LANDMARK_TOLERANCE = 16;
/** Landmarks consulted on each side of a passage. */
const LANDMARKS_EACH_SIDE = 2;
/** A passage found more than this many tolerances from where its landmarks put it gets a second look. */
const DISPLACED_FACTOR = 4;

function outcome(
  prepared: PreparedText,
  selectors: TextSelectors,
  { result }: Located,
): Reanchored {
  if (result.status === 'orphaned') {
    return { status: result.status, score: result.score, selectors };
  }
  return {
    status: result.status,
    score: result.score,
    selectors: describe(prepared, result.start, result.end),
  };
}

/**
 * Re-anchors one annotation in `newText`: `anchor`, then `describe` the place
 * found. Pass a `PreparedText` when re-anchoring several annotations, or
 * better, use `reanchorAll`.
 */
export function reanchor(
  newText: string | PreparedText,
  selectors: TextSelectors,
  options?: AnchorOptions,
): Reanchored {
  const prepared = prepareText(newText);
  return outcome(prepared, selectors, locate(prepared, selectors, options));
}

/** Median of a non-empty list. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Where the passage recorded at `position` should now be according to the
 * landmarks nearest it (up to `LANDMARKS_EACH_SIDE` on each side, never the
 * passage itself), and how far to trust that. The median shift and median
 * deviation are used so that one landmark on a wrong copy of a repeated
 * phrase does not mislead its neighbours.
 */
function expectedPlace(
  landmarks: readonly Landmark[],
  position: TextPositionSelector,
  self: number,
): { start: number; end: number; tolerance: number } | null {
  let lo = 0;
  let hi = landmarks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (landmarks[mid].oldStart < position.start) lo = mid + 1;
    else hi = mid;
  }
  const shifts: number[] = [];
  for (let i = lo - 1, taken = 0; i >= 0 && taken < LANDMARKS_EACH_SIDE; i -= 1) {
    if (landmarks[i].target !== self) {
      shifts.push(landmarks[i].shift);
      taken += 1;
    }
  }
  for (let i = lo, taken = 0; i < landmarks.length && taken < LANDMARKS_EACH_SIDE; i += 1) {
    if (landmarks[i].target !== self) {
      shifts.push(landmarks[i].shift);
      taken += 1;
    }
  }
  if (shifts.length === 0) return null;
  const shift = Math.round(median(shifts));
  const deviation = median(shifts.map((s) => Math.abs(s - shift)));
  return {
    start: position.start + shift,
    end: position.end + shift,
    tolerance: LANDMARK_TOLERANCE + Math.round(deviation),
  };
}

/**
 * Re-anchors every annotation of a reading in its new revision, in one pass
 * over a shared `PreparedText` (the new text's code point index, comparison
 * form and n-gram index are built once), which is what makes 1,000
 * annotations on a long reading cheap. Outcomes are in the order of
 * `targets`.
 *
 * Annotations also help each other. A revision shifts the text by different
 * amounts in different places, so a recorded position is only a rough hint,
 * and where the text repeats itself (a list of near-identical references) the
 * quote and its 32 characters of context can fit several places about
 * equally well, an intact copy far away even better than the passage itself
 * with a typo. Passages found verbatim and unambiguously are landmarks: they
 * say how far the text moved around them. A passage that was ambiguous, or
 * found far from where its neighbouring landmarks put it, is anchored again
 * with its position corrected by their shift and trusted to within their
 * disagreement, so that nearness decides between near-equal places.
 */
export function reanchorAll<Id>(
  newText: string,
  targets: readonly ReanchorTarget<Id>[],
  options?: AnchorOptions,
): ReanchorOutcome<Id>[] {
  const prepared = prepareText(newText);
  const located = targets.map((target) => locate(prepared, target.selectors, options));

  const landmarks: Landmark[] = [];
  located.forEach(({ result, ambiguous }, i) => {
    const position = targets[i].selectors.position;
    if (position === undefined || ambiguous || result.status !== 'exact') return;
    if (result.score < LANDMARK_SCORE) return;
    landmarks.push({ target: i, oldStart: position.start, shift: result.start - position.start });
  });
  landmarks.sort((a, b) => a.oldStart - b.oldStart);

  return targets.map((target, i) => {
    let found = located[i];
    const position = target.selectors.position;
    const expected = position === undefined ? null : expectedPlace(landmarks, position, i);
    if (expected !== null && found.result.status !== 'orphaned') {
      const displacement = Math.abs(found.result.start - expected.start);
      if (found.ambiguous || displacement > DISPLACED_FACTOR * expected.tolerance) {
        const corrected: TextSelectors = {
          quote: target.selectors.quote,
          position: { type: 'TextPositionSelector', start: expected.start, end: expected.end },
        };
        found = locate(prepared, corrected, { ...options, hintTolerance: expected.tolerance });
      }
    }
    return { id: target.id, ...outcome(prepared, target.selectors, found) };
  });
}
