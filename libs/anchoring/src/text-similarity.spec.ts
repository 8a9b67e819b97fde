import { textSimilarity } from './text-similarity';

describe('textSimilarity', () => {
  it('is 1 when the expected text is there verbatim', () => {
    expect(textSimilarity('of the Secretary-General on the ', 'Secretary-General')).toBe(1);
  });

  it('is 1 for an empty expectation and 0 for an empty text', () => {
    expect(textSimilarity('anything', '')).toBe(1);
    expect(textSimilarity('', 'something')).toBe(0);
  });

  it('loses one edit per changed character', () => {
    expect(textSimilarity('human securty', 'human security')).toBeCloseTo(1 - 1 / 14);
  });

  it('costs words inserted between context and passage only their length', () => {
    const prefix = 'of the Secretary-General on the ';
    const shifted = `${prefix.slice(6)}quite `; // six characters inserted before the passage
    expect(textSimilarity(shifted, prefix)).toBeCloseTo(1 - 6 / prefix.length);
  });

  it('is near 0 for unrelated text', () => {
    expect(textSimilarity('zzzzzzzz', 'abcdefgh')).toBe(0);
  });
});
