import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReadingBlock, splitReadingIntoBlocks } from './reading-blocks';

const readingsDir = join(__dirname, '../../../../../data/readings');

function joined(text: string, blocks: ReadingBlock[]): string {
  return blocks.map((b) => text.slice(b.start, b.end)).join('');
}

function expectConsecutive(text: string, blocks: ReadingBlock[]): void {
  expect(blocks[0].start).toBe(0);
  expect(blocks[blocks.length - 1].end).toBe(text.length);
  blocks.forEach((block, i) => {
    expect(block.start).toBeLessThanOrEqual(block.contentEnd);
    expect(block.contentEnd).toBeLessThanOrEqual(block.end);
    if (i > 0) expect(block.start).toBe(blocks[i - 1].end);
    expect(text.slice(block.contentEnd, block.end)).toMatch(/^\s*$/);
  });
  expect(joined(text, blocks)).toBe(text);
}

describe('splitReadingIntoBlocks', () => {
  it('makes one block per paragraph, keeping the blank lines between them', () => {
    const text = 'First paragraph.\n\nSecond one,\nwith a line break.\n\n\nThird.\n';
    const blocks = splitReadingIntoBlocks(text);
    expect(blocks.map((b) => text.slice(b.start, b.contentEnd))).toEqual([
      'First paragraph.',
      'Second one,\nwith a line break.',
      'Third.',
    ]);
    expectConsecutive(text, blocks);
  });

  it('cuts a long single-line text at sentence boundaries into blocks of about the target length', () => {
    const sentence = 'Security is increasingly undermined by economic, health and environmental threats. ';
    const text = sentence.repeat(60).trimEnd();
    const blocks = splitReadingIntoBlocks(text, { targetLength: 400, maxLength: 700 });
    expect(blocks.length).toBeGreaterThan(5);
    for (const block of blocks) {
      const content = text.slice(block.start, block.contentEnd);
      expect(content.length).toBeLessThanOrEqual(700);
      expect(content).toMatch(/^Security.*threats\.$/);
    }
    expectConsecutive(text, blocks);
  });

  it('cuts a sentence longer than the maximum at a space', () => {
    const text = 'word '.repeat(500).trimEnd();
    const blocks = splitReadingIntoBlocks(text, { targetLength: 300, maxLength: 400 });
    for (const block of blocks) expect(block.contentEnd - block.start).toBeLessThanOrEqual(400);
    expectConsecutive(text, blocks);
  });

  it('keeps offsets exact around astral characters such as emoji', () => {
    const text = '😀 Before the passage. '.repeat(100) + '\n\nAfter 🎉.';
    const blocks = splitReadingIntoBlocks(text, { targetLength: 300, maxLength: 500 });
    expectConsecutive(text, blocks);
  });

  it('handles empty, blank and whitespace-led texts', () => {
    for (const text of ['', '   ', '\n\nStarts after a blank line.', 'Ends with blank lines\n\n\n']) {
      expectConsecutive(text, splitReadingIntoBlocks(text));
    }
  });

  it('splits every demo reading into readable blocks that rebuild its exact text', () => {
    for (const file of [
      'gilder-2020-kaleidoscopic-world.txt',
      'heinbecker-peace-theme-human-security.txt',
      'un-system-and-initiatives.txt',
    ]) {
      const text = readFileSync(join(readingsDir, file), 'utf8');
      const blocks = splitReadingIntoBlocks(text);
      expectConsecutive(text, blocks);
      for (const block of blocks) expect(block.contentEnd - block.start).toBeLessThanOrEqual(1600);
    }
  });

  it('gives the one-line Gilder reading dozens of blocks of about a thousand characters', () => {
    const text = readFileSync(join(readingsDir, 'gilder-2020-kaleidoscopic-world.txt'), 'utf8');
    const blocks = splitReadingIntoBlocks(text);
    expect(blocks.length).toBeGreaterThanOrEqual(40);
    const lengths = blocks.slice(0, -1).map((b) => b.contentEnd - b.start);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(300);
  });
});
