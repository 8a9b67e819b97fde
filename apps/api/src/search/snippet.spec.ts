import { MATCH_END, MATCH_START, parseHeadline, snippetHtml } from './snippet';

const mark = (word: string) => `${MATCH_START}${word}${MATCH_END}`;

describe('search snippets', () => {
  it('turns marked headline output into text with code-point ranges', () => {
    const snippet = parseHeadline(`🌍 the ${mark('sovereignty')} of ${mark('states')}.`);
    expect(snippet.text).toBe('🌍 the sovereignty of states.');
    // The emoji is one code point (two UTF-16 units): "sovereignty" starts at 6, not 7.
    expect(snippet.highlights).toEqual([
      { start: 6, end: 17 },
      { start: 21, end: 27 },
    ]);
  });

  it('escapes everything but the <mark> it adds', () => {
    const html = snippetHtml(parseHeadline(`<img src=x onerror=alert(1)> ${mark('R2P')} & "co"`));
    expect(html).toBe('&#60;img src=x onerror=alert(1)&#62; <mark>R2P</mark> &#38; &#34;co&#34;');
  });

  it('ignores an unbalanced or empty marker', () => {
    expect(parseHeadline(`a${MATCH_END}b${MATCH_START}${MATCH_END}c${MATCH_START}d`)).toEqual({
      text: 'abcd',
      highlights: [],
    });
  });
});
