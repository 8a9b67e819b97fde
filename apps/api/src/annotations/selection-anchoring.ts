import { describe, PreparedText, reanchor, TextSelectors } from '@glossa/anchoring';
import type { EntityManager } from 'typeorm';
import type { ReadingsService } from '../readings/readings.service';
import { BadUserInputError, ConflictError } from '../errors/glossa-error';
import { AnchorStatus } from './annotation-kinds';

/** A member's selection: code-point offsets into a revision's text and the words they saw there. */
export interface Selection {
  start: number;
  end: number;
  exact: string;
}

/** Selectors to store for a new annotation, with how well they held in the current revision. */
export interface AnchoredSelection {
  selectors: TextSelectors;
  status: AnchorStatus;
  score: number;
}

/**
 * Describes a selection made in revision `revisionNumber` (whose text is `text`, null when the
 * reading has no such revision), checking it against the words the member saw.
 */
export function describeSelection(
  text: PreparedText | string | null,
  selection: Selection,
  revisionNumber: number,
): TextSelectors {
  if (text === null) throw new BadUserInputError(`This reading has no revision ${revisionNumber}.`);
  const { start, end, exact } = selection;
  if (end <= start)
    throw new BadUserInputError('Select at least one character (target.end must be after target.start).');
  let selectors: TextSelectors;
  try {
    selectors = describe(text, start, end);
  } catch {
    throw new BadUserInputError(
      `The selection [${start}, ${end}) lies outside the text of revision ${revisionNumber}.`,
    );
  }
  if (selectors.quote.exact !== exact) {
    throw new BadUserInputError(
      'The selected text does not match the reading at that position; reload the reading and select again.',
    );
  }
  return selectors;
}

/**
 * Carries selectors described in an earlier revision to the current one (`current`, its text
 * `currentText`): the reading was revised while the member was selecting. CONFLICT when the
 * passage did not survive, so the member selects again in the text they now get.
 */
export function carryToCurrent(
  currentText: PreparedText | string,
  selectors: TextSelectors,
  current: number,
): AnchoredSelection {
  const moved = reanchor(currentText, selectors);
  if (moved.status === 'orphaned') {
    throw new ConflictError(
      `The reading was revised while you were selecting, and that passage is no longer in revision ${current}.`,
      { currentRevision: current },
    );
  }
  return { selectors: moved.selectors, status: moved.status as AnchorStatus, score: moved.score };
}

/**
 * Checks a selection against the revision it was made in and returns selectors for the current
 * revision: the same words when nothing changed, re-anchored when the reading was revised while the
 * member was selecting (CONFLICT when the passage did not survive). For new annotations and for
 * re-attaching an orphan.
 */
export async function anchorSelection(
  readings: Pick<ReadingsService, 'preparedText'>,
  manager: EntityManager,
  readingId: string,
  input: { revisionNumber: number; target: Selection },
  current: number,
): Promise<AnchoredSelection> {
  if (input.revisionNumber > current)
    throw new BadUserInputError(`This reading has no revision ${input.revisionNumber} yet.`);
  const text = await readings.preparedText(readingId, input.revisionNumber, manager);
  const selectors = describeSelection(text, input.target, input.revisionNumber);
  if (input.revisionNumber === current) return { selectors, status: AnchorStatus.exact, score: 1 };
  const currentText = (await readings.preparedText(readingId, current, manager)) as PreparedText;
  return carryToCurrent(currentText, selectors, current);
}
