/** The little of a claim the tree needs. */
export interface TreeClaim {
  id: string;
  parentId: string | null;
  stance: 'PRO' | 'CON';
}

/** A debate's claims as a tree: each claim's answers (PRO and CON), and the motion's (key null). */
export interface ClaimTree<C extends TreeClaim> {
  byId: ReadonlyMap<string, C>;
  children: ReadonlyMap<string | null, readonly C[]>;
}

/**
 * Builds the tree from the flat list the API returns (parents before children, siblings already in
 * the chosen order), keeping that order. A claim whose parent this viewer may not see (hidden for
 * members) is left out with its whole branch: it has no place to hang.
 */
export function buildClaimTree<C extends TreeClaim>(claims: readonly C[]): ClaimTree<C> {
  const byId = new Map<string, C>();
  const children = new Map<string | null, C[]>([[null, []]]);
  for (const claim of claims) {
    if (claim.parentId !== null && !byId.has(claim.parentId)) continue;
    byId.set(claim.id, claim);
    children.set(claim.id, []);
    children.get(claim.parentId)?.push(claim);
  }
  return { byId, children };
}

/** The answers to a claim (or to the motion, for null), split by stance. */
export function sidesOf<C extends TreeClaim>(tree: ClaimTree<C>, parentId: string | null): { pro: C[]; con: C[] } {
  const answers = tree.children.get(parentId) ?? [];
  return { pro: answers.filter((c) => c.stance === 'PRO'), con: answers.filter((c) => c.stance === 'CON') };
}

/** The claims from the motion down to `id` (inclusive), for the breadcrumb; empty when unknown. */
export function pathTo<C extends TreeClaim>(tree: ClaimTree<C>, id: string | null): C[] {
  const path: C[] = [];
  for (
    let claim = id ? tree.byId.get(id) : undefined;
    claim;
    claim = claim.parentId ? tree.byId.get(claim.parentId) : undefined
  ) {
    path.unshift(claim);
  }
  return path;
}

/**
 * Which side of the motion a claim ends up on: a CON of a CON supports the motion. `path` runs
 * from the top-level claim down to the claim, as `pathTo` returns it.
 */
export function sideOfMotion(path: readonly TreeClaim[]): 'PRO' | 'CON' {
  const cons = path.filter((c) => c.stance === 'CON').length;
  return cons % 2 === 0 ? 'PRO' : 'CON';
}

/** How many claims answer `id`, at any depth. */
export function descendantCount<C extends TreeClaim>(tree: ClaimTree<C>, id: string): number {
  let count = 0;
  for (const child of tree.children.get(id) ?? []) count += 1 + descendantCount(tree, child.id);
  return count;
}

/**
 * Where to drill so that claim `id` is on screen: the claim drilled into already shows it; otherwise
 * its card is among its parent's answers (null: the motion's). Undefined when the tree lacks it.
 */
export function focusShowing<C extends TreeClaim>(
  tree: ClaimTree<C>,
  id: string,
  focusId: string | null,
): string | null | undefined {
  const claim = tree.byId.get(id);
  if (!claim) return undefined;
  return id === focusId ? focusId : claim.parentId;
}
