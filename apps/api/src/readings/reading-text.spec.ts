import { acceptReadingText, MAX_READING_BYTES } from './reading-text';

describe('acceptReadingText', () => {
  it('normalises Windows and old Mac line endings to \\n', () => {
    expect(acceptReadingText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('refuses an empty or blank text', () => {
    expect(() => acceptReadingText('  \n ')).toThrow(/must not be empty/);
  });

  it('refuses a NUL character', () => {
    expect(() => acceptReadingText('a\u0000b')).toThrow(/NUL/);
  });

  it('counts the limit in UTF-8 bytes, not characters', () => {
    const justUnder = 'é'.repeat(MAX_READING_BYTES / 2);
    expect(acceptReadingText(justUnder)).toHaveLength(MAX_READING_BYTES / 2);
    expect(() => acceptReadingText(justUnder + 'é')).toThrow(/at most 2 MB/);
  });
});
