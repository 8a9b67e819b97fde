import { codePointSpan, utf16Offset } from './found-words';

describe('found words', () => {
  it('converts code point positions to UTF-16 offsets past astral characters', () => {
    const text = 'a😀b security';
    expect(utf16Offset(text, 2)).toBe(3);
    expect(codePointSpan(text, 4, 8)).toEqual({ start: 5, end: 13 });
    expect(text.slice(5, 13)).toBe('security');
  });

  it('refuses a span outside the text or of no length', () => {
    expect(codePointSpan('short', 10, 3)).toBeNull();
    expect(codePointSpan('short', 1, 0)).toBeNull();
    expect(codePointSpan('short', -1, 2)).toBeNull();
  });
});
