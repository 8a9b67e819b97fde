import { buildClaimTree, descendantCount, focusShowing, pathTo, sideOfMotion, sidesOf, TreeClaim } from './claim-tree';

function claim(id: string, stance: 'PRO' | 'CON', parentId: string | null = null): TreeClaim {
  return { id, stance, parentId };
}

describe('claim tree', () => {
  const claims = [
    claim('a', 'PRO'),
    claim('b', 'CON'),
    claim('c', 'CON', 'b'),
    claim('d', 'PRO', 'b'),
    claim('e', 'CON', 'c'),
    claim('f', 'PRO'),
  ];

  it('splits the answers to the motion and to a claim by stance, keeping the API order', () => {
    const tree = buildClaimTree(claims);
    expect(sidesOf(tree, null).pro.map((c) => c.id)).toEqual(['a', 'f']);
    expect(sidesOf(tree, null).con.map((c) => c.id)).toEqual(['b']);
    expect(sidesOf(tree, 'b')).toEqual({ pro: [claims[3]], con: [claims[2]] });
    expect(sidesOf(tree, 'a')).toEqual({ pro: [], con: [] });
  });

  it('leaves out a branch whose parent the viewer cannot see', () => {
    const tree = buildClaimTree([claim('x', 'PRO', 'hidden'), claim('y', 'CON', 'x'), claim('z', 'PRO')]);
    expect([...tree.byId.keys()]).toEqual(['z']);
  });

  it('walks from the motion down to a claim for the breadcrumb', () => {
    const tree = buildClaimTree(claims);
    expect(pathTo(tree, 'e').map((c) => c.id)).toEqual(['b', 'c', 'e']);
    expect(pathTo(tree, null)).toEqual([]);
    expect(pathTo(tree, 'nope')).toEqual([]);
  });

  it('puts a con of a con on the side of the motion', () => {
    const tree = buildClaimTree(claims);
    expect(sideOfMotion(pathTo(tree, 'c'))).toBe('PRO');
    expect(sideOfMotion(pathTo(tree, 'd'))).toBe('CON');
    expect(sideOfMotion(pathTo(tree, 'e'))).toBe('CON');
  });

  it('counts the claims beneath a claim at every depth', () => {
    const tree = buildClaimTree(claims);
    expect(descendantCount(tree, 'b')).toBe(3);
    expect(descendantCount(tree, 'a')).toBe(0);
  });

  it('finds where to drill so that a spotlit claim is on screen', () => {
    const tree = buildClaimTree(claims);
    expect(focusShowing(tree, 'a', 'b')).toBeNull();
    expect(focusShowing(tree, 'e', null)).toBe('c');
    expect(focusShowing(tree, 'c', 'b')).toBe('b');
    expect(focusShowing(tree, 'c', 'c')).toBe('c');
    expect(focusShowing(tree, 'nope', null)).toBeUndefined();
  });
});
