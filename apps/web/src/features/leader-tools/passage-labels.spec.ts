import { excerpt, passageSummary } from './passage-labels';

describe('passage labels', () => {
  it('says every measure of a passage in words', () => {
    const p = { index: 2, start: 0, end: 10, annotations: 1, questions: 0, replies: 3, disagreeReactions: 1, proClaims: 1, conClaims: 0, citingClaims: 1, disagreement: 5 };
    expect(passageSummary(p)).toBe(
      'Passage 3: 1 annotation, 0 questions, disagreement 5 (1 disagree reaction, 3 replies, 1 PRO claim, 0 CON claims)',
    );
  });

  it('cuts a long passage at a word for the ranked lists', () => {
    expect(excerpt('One two  three four', 0, 19, 10)).toBe('One two…');
    expect(excerpt('Short.\n\n', 0, 8)).toBe('Short.');
  });
});
