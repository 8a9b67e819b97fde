import { orderClaimTree, TreeClaim } from './claim-tree';
import { ClaimSort } from './dto/debate.inputs';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
const claim = (id: string, parentId: string | null, minute: number, extra: Partial<TreeClaim> = {}): TreeClaim => ({
  id,
  parentId,
  createdAt: at(minute),
  pinned: false,
  impact: null,
  replies: 0,
  ...extra,
});

describe('orderClaimTree', () => {
  const claims = [
    claim('a', null, 1, { impact: 1, replies: 5 }),
    claim('b', null, 2, { impact: 3.5, replies: 0 }),
    claim('a1', 'a', 3, { impact: 2 }),
    claim('a2', 'a', 4, { impact: 4 }),
    claim('c', null, 5, { replies: 2 }),
  ];

  it('lists parents before their children, newest siblings first with NEWEST', () => {
    expect(orderClaimTree(claims, ClaimSort.NEWEST).map((c) => c.id)).toEqual(['c', 'b', 'a', 'a2', 'a1']);
  });

  it('sorts siblings by mean impact, unvoted last', () => {
    expect(orderClaimTree(claims, ClaimSort.IMPACT).map((c) => c.id)).toEqual(['b', 'a', 'a2', 'a1', 'c']);
  });

  it('sorts siblings by how much they were discussed', () => {
    expect(orderClaimTree(claims, ClaimSort.MOST_DISCUSSED).map((c) => c.id)).toEqual(['a', 'a1', 'a2', 'c', 'b']);
  });

  it('puts pinned claims first whatever the sort', () => {
    const pinned = claims.map((c) => (c.id === 'c' ? { ...c, pinned: true } : c));
    expect(orderClaimTree(pinned, ClaimSort.IMPACT)[0].id).toBe('c');
  });

  it('leaves out the subtree of a claim the viewer cannot see', () => {
    expect(
      orderClaimTree(
        claims.filter((c) => c.id !== 'a'),
        ClaimSort.NEWEST,
      ).map((c) => c.id),
    ).toEqual(['c', 'b']);
  });
});
