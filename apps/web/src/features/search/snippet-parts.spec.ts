import { firstMatchLength, snippetParts } from './snippet-parts';

describe('snippet parts', () => {
  it('cuts a snippet into plain and matched parts by code point', () => {
    expect(snippetParts('😀 freedom from fear', [{ start: 2, end: 9 }])).toEqual([
      { text: '😀 ', match: false },
      { text: 'freedom', match: true },
      { text: ' from fear', match: false },
    ]);
  });

  it('ignores overlapping or empty ranges rather than repeating text', () => {
    expect(snippetParts('abcdef', [{ start: 1, end: 3 }, { start: 2, end: 4 }, { start: 5, end: 5 }])).toEqual([
      { text: 'a', match: false },
      { text: 'bc', match: true },
      { text: 'def', match: false },
    ]);
  });

  it('gives the length of the first match for a link into the text', () => {
    expect(firstMatchLength([{ start: 10, end: 14 }, { start: 2, end: 9 }])).toBe(7);
    expect(firstMatchLength([])).toBeNull();
  });
});
