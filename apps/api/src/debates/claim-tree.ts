import { ClaimSort } from './dto/debate.inputs';

export interface TreeClaim {
  id: string;
  parentId: string | null;
  createdAt: Date;
  pinned: boolean;
  /** Mean impact vote, null when nobody voted. */
  impact: number | null;
  replies: number;
}

/**
 * Orders a debate's claims for display: each claim's children sorted by the chosen key, pinned
 * claims first, and returns them depth-first (a parent before its children), so a client can build
 * the tree in one pass. Claims whose parent is absent (not visible to this viewer) are left out with
 * their subtree: a hidden claim hides the argument built on it.
 */
export function orderClaimTree<T extends TreeClaim>(claims: readonly T[], sort: ClaimSort): T[] {
  const children = new Map<string | null, T[]>();
  for (const claim of claims) children.set(claim.parentId, [...(children.get(claim.parentId) ?? []), claim]);
  const compare = (a: T, b: T): number => {
    if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
    if (sort === ClaimSort.IMPACT && (a.impact ?? -1) !== (b.impact ?? -1)) return (b.impact ?? -1) - (a.impact ?? -1);
    if (sort === ClaimSort.MOST_DISCUSSED && a.replies !== b.replies) return b.replies - a.replies;
    if (sort === ClaimSort.NEWEST) return b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id);
    return a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
  };
  const ordered: T[] = [];
  const visit = (parentId: string | null) => {
    for (const child of [...(children.get(parentId) ?? [])].sort(compare)) {
      ordered.push(child);
      visit(child.id);
    }
  };
  visit(null);
  return ordered;
}
