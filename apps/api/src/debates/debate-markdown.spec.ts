import { renderDebateMarkdown, MarkdownClaim } from './debate-markdown.renderer';
import { Stance } from './debate-status';

const claim = (id: string, parentId: string | null, stance: Stance, extra: Partial<MarkdownClaim> = {}): MarkdownClaim => ({
  id,
  parentId,
  stance,
  body: `Claim ${id}`,
  state: 'shown',
  author: 'Ama Mensah',
  createdAt: new Date('2026-03-01T10:00:00Z'),
  impact: null,
  votes: 0,
  evidence: [],
  ...extra,
});

describe('renderDebateMarkdown', () => {
  it('writes the motion, the claims for and against as a tree, with authors, impact, quotes and silenced claims', () => {
    const markdown = renderDebateMarkdown(
      { motion: 'Intervene?', description: 'When, if ever.', proLabel: 'Intervention', conLabel: 'Sovereignty', status: 'OPEN' },
      [
        claim('a', null, Stance.PRO, { impact: 3, votes: 2, evidence: ['people first'], body: 'Lives first.\n\nAlways.' }),
        claim('b', 'a', Stance.CON, { author: 'Ben Carter', state: 'removed', body: '' }),
        claim('c', null, Stance.CON, { state: 'deleted', body: '' }),
      ],
      { seminarName: 'Human Security', generated: new Date('2026-03-02T00:00:00Z') },
    );
    expect(markdown).toBe(
      [
        '# Intervene?',
        '',
        'When, if ever.',
        '',
        '_Human Security · debate open · 3 claims · exported 2026-03-02T00:00:00.000Z_',
        '',
        '## For the motion: Intervention',
        '',
        '- **Ama Mensah**, 2026-03-01 · impact 3.0 of 4 from 2',
        '  Lives first.',
        '',
        '  Always.',
        '  > “people first”',
        '  - Against (Sovereignty) · **Ben Carter**, 2026-03-01 · no impact votes',
        '    _removed by the moderators_',
        '',
        '## Against the motion: Sovereignty',
        '',
        '- **Ama Mensah**, 2026-03-01 · no impact votes',
        '  _deleted_',
        '',
      ].join('\n'),
    );
  });
});
