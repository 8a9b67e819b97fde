import fc from 'fast-check';
import { NormalizedText, normalizeString } from './normalize';

describe('comparison form', () => {
  it('treats curly and straight quotes alike', () => {
    expect(normalizeString('‘human’ “security” ‚x‛ „y‟ l′ l″ ʼ')).toBe(
      `'human' "security" 'x' "y" l' l" '`,
    );
  });

  it('treats hyphens, dashes and the minus sign alike', () => {
    expect(normalizeString('a‐b‑c‒d–e—f―g−h-i')).toBe('a-b-c-d-e-f-g-h-i');
  });

  it('collapses runs of whitespace, no-break spaces and line breaks into one space', () => {
    expect(normalizeString('peace\u00a0 theme\n\n\t human\u202fsecurity\u2009now\u3000')).toBe(
      'peace theme human security now ',
    );
  });

  it('drops soft hyphens, zero-width spaces, word joiners and byte order marks', () => {
    expect(normalizeString('\ufeffsover\u00adeign\u200bty\u2060')).toBe('sovereignty');
  });

  it('keeps case, accents and astral characters', () => {
    expect(normalizeString('Côte d’Ivoire 𝔐 😀')).toBe("Côte d'Ivoire 𝔐 😀");
  });

  it('returns the text itself when nothing needs normalising', () => {
    const text = 'International law is being challenged.';
    const normalized = NormalizedText.of(text);
    expect(normalized.text).toBe(text);
    expect(normalized.toOriginalStart(5)).toBe(5);
    expect(normalized.toOriginalEnd(5)).toBe(5);
    expect(normalized.fromOriginal(5)).toBe(5);
  });

  it('maps offsets of the comparison form back to the original text', () => {
    const original = 'a \u00a0 “b”\u00adc  d';
    const normalized = NormalizedText.of(original);
    expect(normalized.text).toBe('a "b"c d');
    // The quote "b" starts at the curly quote and ends after the closing one.
    const start = normalized.text.indexOf('"b"');
    expect(
      original.slice(normalized.toOriginalStart(start), normalized.toOriginalEnd(start + 3)),
    ).toBe('“b”');
    // A match ending in a collapsed space covers the whole whitespace run.
    expect(normalized.toOriginalEnd(2)).toBe(4);
    // The soft hyphen is skipped: "c" maps to its own offset.
    expect(normalized.toOriginalStart(normalized.text.indexOf('c'))).toBe(original.indexOf('c'));
    expect(normalized.fromOriginal(original.indexOf('d'))).toBe(normalized.text.indexOf('d'));
  });

  it('maps every unit of the comparison form into the original and back', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'b', ' ', '\n', '\u00a0', '’', '—', '\u00ad', '😀', 'é'),
          maxLength: 40,
        }),
        (original) => {
          const normalized = NormalizedText.of(original);
          expect(normalized.text.length).toBeLessThanOrEqual(original.length);
          for (let i = 0; i < normalized.text.length; i += 1) {
            const start = normalized.toOriginalStart(i);
            const end = normalized.toOriginalEnd(i + 1);
            expect(start).toBeLessThan(end);
            expect(normalized.fromOriginal(start)).toBe(i);
            expect(normalizeString(original.slice(start, end))).toBe(normalized.text[i]);
          }
        },
      ),
    );
  });
});
