import { pageAt, TextPage } from './reading-structure';

const page = (number: number, start: number, end: number, label = String(number)): TextPage => ({
  number,
  label,
  start,
  end,
  ocr: false,
});

describe('pageAt', () => {
  const pages = [page(1, 0, 100, 'i'), page(2, 100, 250, 'ii'), page(3, 250, 400, '1')];

  it('finds the page a passage starts on, its first character included and its end excluded', () => {
    expect(pageAt(pages, 0)?.label).toBe('i');
    expect(pageAt(pages, 99)?.label).toBe('i');
    expect(pageAt(pages, 100)?.label).toBe('ii');
    expect(pageAt(pages, 399)?.number).toBe(3);
  });

  it('puts a passage past the last page start on the last page, and has no page for a text without pages', () => {
    expect(pageAt(pages, 10_000)?.number).toBe(3);
    expect(pageAt([], 5)).toBeNull();
  });
});
