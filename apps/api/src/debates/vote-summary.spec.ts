import { summarizeVotes } from './vote-summary';

describe('summarizeVotes', () => {
  it('counts each impact, averages them and finds the viewer’s own vote', () => {
    const [summary] = summarizeVotes(
      ['c1'],
      [
        { claim_id: 'c1', impact: 1, n: 2, mine: false },
        { claim_id: 'c1', impact: 4, n: 2, mine: true },
      ],
    );
    expect(summary).toEqual({ distribution: [0, 2, 0, 0, 2], mean: 2.5, count: 4, mine: 4 });
  });

  it('gives an unvoted claim no mean and keeps the order asked', () => {
    const summaries = summarizeVotes(['none', 'c1'], [{ claim_id: 'c1', impact: 0, n: 1, mine: false }]);
    expect(summaries[0]).toEqual({ distribution: [0, 0, 0, 0, 0], mean: null, count: 0, mine: null });
    expect(summaries[1]).toEqual({ distribution: [1, 0, 0, 0, 0], mean: 0, count: 1, mine: null });
  });
});
