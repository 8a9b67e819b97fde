import { summaryMarkdown } from './live-summary';

const base = {
  title: 'Human security',
  subjectType: 'DEBATE' as const,
  startedAt: '2026-12-02T18:00:00.000Z',
  endedAt: '2026-12-02T19:00:00.000Z',
  facilitatorName: 'Ada',
};

describe('summaryMarkdown', () => {
  it('lists spotlights with their passages and notes, polls with their tallies and round claims', () => {
    const markdown = summaryMarkdown({
      ...base,
      spotlights: [
        {
          id: '4b4f0c52-3c1e-4a53-9b6a-0f4f1b1e2d3c',
          kind: 'SELECTION',
          annotationId: null,
          claimId: null,
          start: 0,
          end: 13,
          exact: 'people\nfirst',
          note: 'Start here',
          createdAt: base.startedAt,
        },
      ],
      polls: [
        {
          id: '4b4f0c52-3c1e-4a53-9b6a-0f4f1b1e2d3d',
          kind: 'CHOICE',
          question: 'Which matters most?',
          options: ['States', 'People'],
          claimId: null,
          anonymous: true,
          open: false,
          closedAt: base.endedAt,
          counts: [1, 3],
          total: 4,
          voters: null,
        },
      ],
      rounds: [
        {
          round: {
            id: '4b4f0c52-3c1e-4a53-9b6a-0f4f1b1e2d3e',
            prompt: 'Add a claim for Intervention',
            stance: 'PRO',
            seconds: 180,
            startedAt: base.startedAt,
            endsAt: base.endedAt,
            closedAt: null,
          },
          claims: [{ stance: 'PRO', authorName: 'Bo', body: 'Sovereignty is responsibility.' }],
        },
      ],
    });
    expect(markdown).toContain('1. “people first”\n   — Start here');
    expect(markdown).toContain('- States: 1 (25%)\n- People: 3 (75%)');
    expect(markdown).toContain('### Add a claim for Intervention (3 min)');
    expect(markdown).toContain('- **PRO** Sovereignty is responsibility. — Bo');
  });

  it('says "None." for a session without spotlights, polls or rounds', () => {
    const markdown = summaryMarkdown({ ...base, spotlights: [], polls: [], rounds: [] });
    expect(markdown.match(/None\./g)).toHaveLength(3);
  });
});
