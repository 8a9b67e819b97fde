import { BadUserInputError } from '../errors/glossa-error';
import { paragraphStarts, passageStarts } from './passages';

describe('passageStarts', () => {
  it('cuts a pasted text at its blank lines, counting code points', () => {
    const text = '🌍 One.\n\nTwo words.\n  \nThree.';
    expect(paragraphStarts(text)).toEqual([0, 8, 22]);
    expect([...text].slice(8, 11).join('')).toBe('Two');
    expect([...text].slice(22).join('')).toBe('Three.');
  });

  it('keeps a text without blank lines as one passage', () => {
    expect(paragraphStarts('One long paragraph.\n')).toEqual([0]);
  });

  it('prefers the passages the client draws, then the stored blocks', () => {
    const blocks = [
      { kind: 'HEADING' as const, start: 2, end: 10 },
      { kind: 'PARAGRAPH' as const, start: 10, end: 40 },
    ];
    const text = () => 'never read';
    expect(passageStarts([0, 5, 20], blocks, text, 40)).toEqual([0, 5, 20]);
    expect(passageStarts([5, 20], blocks, text, 40)).toEqual([0, 5, 20]);
    expect(passageStarts(null, blocks, text, 40)).toEqual([0, 2, 10]);
  });

  it('refuses passages out of order or outside the text', () => {
    expect(() => passageStarts([0, 5, 5], [], () => '', 40)).toThrow(BadUserInputError);
    expect(() => passageStarts([0, 41], [], () => '', 40)).toThrow(BadUserInputError);
    expect(() => passageStarts([-1], [], () => '', 40)).toThrow(BadUserInputError);
  });
});
