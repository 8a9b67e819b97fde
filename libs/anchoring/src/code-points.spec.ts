import fc from 'fast-check';
import { CodePointIndex, codePointLength, toCodePointOffset, toUtf16Offset } from './code-points';

// 😀 (U+1F600) and 𝔐 (U+1D510) are astral: two UTF-16 units, one code point.
const TEXT = 'x😀y𝔐z';

describe('code point offsets', () => {
  it('counts an astral character as one code point', () => {
    expect(codePointLength(TEXT)).toBe(5);
    expect(new CodePointIndex(TEXT).codePointLength).toBe(5);
  });

  it('converts offsets after emoji and 𝔐 in both directions', () => {
    const index = new CodePointIndex(TEXT);
    const utf16ByCodePoint = [0, 1, 3, 4, 6, 7];
    utf16ByCodePoint.forEach((utf16, codePoint) => {
      expect(index.toUtf16(codePoint)).toBe(utf16);
      expect(index.toCodePoint(utf16)).toBe(codePoint);
      expect(toUtf16Offset(TEXT, codePoint)).toBe(utf16);
      expect(toCodePointOffset(TEXT, utf16)).toBe(codePoint);
    });
  });

  it('rounds an offset between the halves of a surrogate pair down or up as asked', () => {
    const index = new CodePointIndex(TEXT);
    expect(index.toCodePoint(2, 'floor')).toBe(1);
    expect(index.toCodePoint(2, 'ceil')).toBe(2);
    expect(toCodePointOffset(TEXT, 5, 'floor')).toBe(3);
    expect(toCodePointOffset(TEXT, 5, 'ceil')).toBe(4);
  });

  it('clamps offsets outside the text and treats NaN as 0', () => {
    const index = new CodePointIndex(TEXT);
    expect(index.toUtf16(-3)).toBe(0);
    expect(index.toUtf16(99)).toBe(7);
    expect(index.toCodePoint(99)).toBe(5);
    expect(index.toCodePoint(Number.NaN)).toBe(0);
    expect(toUtf16Offset(TEXT, Number.POSITIVE_INFINITY)).toBe(7);
  });

  it('counts a lone surrogate as one code point', () => {
    const text = 'a\ud83db\ude00c';
    expect(codePointLength(text)).toBe(5);
    expect(new CodePointIndex(text).toUtf16(3)).toBe(3);
  });

  it('is the identity for text without astral characters', () => {
    const index = new CodePointIndex('plain – text');
    expect(index.isIdentity).toBe(true);
    expect(index.toCodePoint(7)).toBe(7);
  });

  it('agrees with the scanning functions and round-trips on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(50), (text, offset) => {
        const index = new CodePointIndex(text);
        expect(index.codePointLength).toBe(codePointLength(text));
        expect(index.toUtf16(offset)).toBe(toUtf16Offset(text, offset));
        expect(index.toCodePoint(offset)).toBe(toCodePointOffset(text, offset));
        expect(index.toCodePoint(offset, 'ceil')).toBe(toCodePointOffset(text, offset, 'ceil'));
        const codePoint = Math.min(offset, index.codePointLength);
        expect(index.toCodePoint(index.toUtf16(codePoint))).toBe(codePoint);
      }),
    );
  });
});
