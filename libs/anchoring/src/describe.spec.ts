import { codePointLength } from './code-points';
import { CONTEXT_LENGTH, describe as describeRange } from './describe';
import { demoReading } from './testing/demo-readings';

const gilder = demoReading('gilder-2020-kaleidoscopic-world');

describe('describe', () => {
  it('records the passage and 32 code points of context on each side', () => {
    const start = gilder.indexOf('This is the kaleidoscopic world');
    const end = start + 'This is the kaleidoscopic world'.length;
    const { quote, position } = describeRange(gilder, start, end);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'This is the kaleidoscopic world',
      prefix: gilder.slice(start - CONTEXT_LENGTH, start),
      suffix: gilder.slice(end, end + CONTEXT_LENGTH),
    });
    expect(CONTEXT_LENGTH).toBe(32);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('records shorter context at the ends of the text', () => {
    const text = 'Peace Theme : Human Security';
    expect(describeRange(text, 0, 5).quote.prefix).toBe('');
    expect(describeRange(text, 20, 28).quote.suffix).toBe('');
  });

  it('counts positions and context in code points when emoji and 𝔐 precede and fill the passage', () => {
    const text = `${'😀'.repeat(40)} the 𝔐 of human security 😀 and more ${'𝔐'.repeat(40)}`;
    const codePoints = Array.from(text);
    const start = codePoints.indexOf('𝔐');
    const end = start + Array.from('𝔐 of human security 😀').length;
    const { quote, position } = describeRange(text, start, end);
    expect(position).toEqual({ type: 'TextPositionSelector', start: 45, end: 66 });
    expect(quote.exact).toBe('𝔐 of human security 😀');
    expect(codePointLength(quote.prefix)).toBe(32);
    expect(quote.prefix).toBe(`${'😀'.repeat(27)} the `);
    expect(codePointLength(quote.suffix)).toBe(32);
    expect(quote.suffix).toBe(` and more ${'𝔐'.repeat(22)}`);
  });

  it('describes an empty range as a caret between its prefix and suffix', () => {
    const { quote } = describeRange('left|right', 5, 5);
    expect(quote).toMatchObject({ exact: '', prefix: 'left|', suffix: 'right' });
  });

  it('refuses a range that is not in the text', () => {
    expect(() => describeRange('short', 2, 9)).toThrow(RangeError);
    expect(() => describeRange('short', -1, 2)).toThrow(RangeError);
    expect(() => describeRange('short', 3, 2)).toThrow(RangeError);
    expect(() => describeRange('short', 0.5, 2)).toThrow(RangeError);
    // 'a😀' is 2 code points long, though 3 UTF-16 units.
    expect(() => describeRange('a😀', 0, 3)).toThrow(RangeError);
  });
});
