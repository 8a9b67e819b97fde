import { ocrNote, pageLabelsByBlock } from './page-labels';

describe('pageLabelsByBlock', () => {
  const text = 'First page text.\n\nStill page one, then page two begins here.\n\nLast 😀 block on page three.';
  const blocks = [
    { start: 0, end: 18 },
    { start: 18, end: 62 },
    { start: 62, end: text.length },
  ];

  it('labels the block holding each page’s first character, several in one block joined', () => {
    const labels = pageLabelsByBlock(text, blocks, [
      { label: '1', start: 0 },
      { label: '2', start: 30 },
      { label: '3', start: 40 },
    ]);
    expect([...labels]).toEqual([
      [0, 'p. 1'],
      [18, 'p. 2 · p. 3'],
    ]);
  });

  it('counts page starts in code points, so an emoji before them does not shift the block', () => {
    const start = [...text.slice(0, text.indexOf('block'))].length;
    const labels = pageLabelsByBlock(text, blocks, [{ label: 'xi', start }]);
    expect([...labels]).toEqual([[62, 'p. xi']]);
  });

  it('gives nothing for a reading without pages', () => {
    expect(pageLabelsByBlock(text, blocks, []).size).toBe(0);
  });
});

describe('ocrNote', () => {
  it('names the pages read by OCR, and says nothing when none was', () => {
    expect(ocrNote([{ label: '1', ocr: false }])).toBeNull();
    expect(ocrNote([{ label: '1', ocr: false }, { label: '2', ocr: true }])).toMatch(/^Page 2 was scanned/);
    expect(ocrNote([{ label: '2', ocr: true }, { label: '5', ocr: true }, { label: '7', ocr: true }])).toMatch(/^Pages 2, 5 and 7 were/);
  });
});
