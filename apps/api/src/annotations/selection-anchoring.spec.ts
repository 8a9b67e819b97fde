import { BadUserInputError, ConflictError } from '../errors/glossa-error';
import { AnchorStatus } from './annotation-kinds';
import { carryToCurrent, describeSelection } from './selection-anchoring';

const text = 'Human security is freedom from fear and freedom from want, for every person.';
const start = text.indexOf('freedom from fear');
const selection = { start, end: start + 'freedom from fear'.length, exact: 'freedom from fear' };

describe('selection anchoring', () => {
  it('describes a selection whose words match the revision it was made in', () => {
    const selectors = describeSelection(text, selection, 1);
    expect(selectors.quote.exact).toBe('freedom from fear');
    expect(selectors.position).toEqual({ type: 'TextPositionSelector', start: selection.start, end: selection.end });
  });

  it('refuses a selection in a revision the reading does not have', () => {
    expect(() => describeSelection(null, selection, 7)).toThrow(
      new BadUserInputError('This reading has no revision 7.'),
    );
  });

  it('refuses an empty selection', () => {
    expect(() => describeSelection(text, { ...selection, end: selection.start }, 1)).toThrow(BadUserInputError);
  });

  it('refuses a selection outside the text', () => {
    expect(() => describeSelection(text, { start: 500, end: 510, exact: 'x' }, 1)).toThrow(
      /lies outside the text of revision 1/,
    );
  });

  it('refuses a selection whose words are not the text at that position', () => {
    expect(() => describeSelection(text, { ...selection, exact: 'freedom from want' }, 1)).toThrow(
      /does not match the reading/,
    );
  });

  it('carries a selection to a revision that moved its passage, with its new offsets', () => {
    const revised = `A preface comes first. ${text}`;
    const carried = carryToCurrent(revised, describeSelection(text, selection, 1), 2);
    const movedStart = revised.indexOf('freedom from fear');
    expect(carried.status).toBe(AnchorStatus.exact);
    expect(carried.selectors.quote.exact).toBe('freedom from fear');
    expect(carried.selectors.position).toEqual({
      type: 'TextPositionSelector',
      start: movedStart,
      end: movedStart + 'freedom from fear'.length,
    });
  });

  it('is a conflict, naming the current revision, when the passage did not survive the revision', () => {
    const selectors = describeSelection(text, selection, 1);
    let thrown: unknown;
    try {
      carryToCurrent('An entirely different essay about rivers and their banks.', selectors, 3);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConflictError);
    expect((thrown as ConflictError).details).toEqual({ currentRevision: 3 });
  });
});
