import { escapeInline } from './discussion-markdown.renderer';

describe('escapeInline', () => {
  it('shows Markdown punctuation in plain text instead of obeying it', () => {
    expect(escapeInline('*not* [a](javascript:x) <b> `code` ~~gone~~ a|b')).toBe(
      '\\*not\\* \\[a\\](javascript:x) \\<b\\> \\`code\\` \\~\\~gone\\~\\~ a\\|b',
    );
  });

  it('escapes a heading, list or numbered-list mark only where it would start a block', () => {
    expect(escapeInline('# Title')).toBe('\\# Title');
    expect(escapeInline('- item')).toBe('\\- item');
    expect(escapeInline('1999. A year')).toBe('1999\\. A year');
    expect(escapeInline('well-known, 3.5 km')).toBe('well-known, 3.5 km');
  });
});
