import { isPageNumberLine, joinLines, normaliseGlyphs, runningLineKey } from './text-cleaning';

describe('text cleaning', () => {
  it('spells out ligatures and drops soft hyphens', () => {
    expect(normaliseGlyphs('the \uFB01rst e\uFB03cient re\u00ADvision')).toBe('the first efficient revision');
  });

  it('rejoins a word hyphenated at the end of a line', () => {
    expect(joinLines('a careful anno-', 'tation of it')).toBe('a careful annotation of it');
  });

  it("keeps a compound's hyphen when the next line starts with a capital", () => {
    expect(joinLines('the Austro-', 'Hungarian empire')).toBe('the Austro-Hungarian empire');
  });

  it('joins ordinary lines with one space', () => {
    expect(joinLines('first line ', ' second')).toBe('first line second');
  });

  it('recognises page-number lines and nothing else', () => {
    expect(['12', '- 12 -', 'Page 7', 'xiv'].every(isPageNumberLine)).toBe(true);
    expect(isPageNumberLine('12 Angry Men')).toBe(false);
  });

  it('gives running headers one key whatever their page number', () => {
    expect(runningLineKey('Journal of Reading  12')).toBe(runningLineKey('journal of reading 13'));
  });
});
