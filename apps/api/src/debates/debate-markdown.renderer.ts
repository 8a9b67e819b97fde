import { Stance } from './debate-status';

/** One claim as the Markdown shows it; its body is already silenced when deleted or removed. */
export interface MarkdownClaim {
  id: string;
  parentId: string | null;
  stance: Stance;
  body: string;
  state: 'shown' | 'deleted' | 'removed';
  author: string;
  createdAt: Date;
  impact: number | null;
  votes: number;
  /** The exact words of the passages it cites. */
  evidence: string[];
}

export interface MarkdownDebate {
  motion: string;
  description: string;
  proLabel: string;
  conLabel: string;
  status: string;
}

/**
 * A debate as a Markdown document, for reading and printing: the motion, then the claims for and
 * against it, each with the claims answering it nested under it (as the debate page draws the tree),
 * who made it and when, its mean impact, and the passages it cites as quotes.
 */
export function renderDebateMarkdown(
  debate: MarkdownDebate,
  claims: readonly MarkdownClaim[],
  options: { seminarName: string; generated: Date },
): string {
  const children = new Map<string | null, MarkdownClaim[]>();
  for (const claim of claims) children.set(claim.parentId, [...(children.get(claim.parentId) ?? []), claim]);
  const lines = [`# ${oneLine(debate.motion)}`, ''];
  if (debate.description.trim()) lines.push(debate.description.trim(), '');
  lines.push(
    `_${oneLine(options.seminarName)} · debate ${debate.status.toLowerCase()} · ${claims.length} claims · exported ${options.generated.toISOString()}_`,
    '',
  );
  const side = (stance: Stance) => (stance === Stance.PRO ? debate.proLabel : debate.conLabel);
  const write = (claim: MarkdownClaim, depth: number) => {
    const indent = '  '.repeat(depth);
    const stance = claim.stance === Stance.PRO ? 'For' : 'Against';
    const head = depth === 0 ? '' : `${stance} (${oneLine(side(claim.stance))}) · `;
    const impact = claim.impact === null ? 'no impact votes' : `impact ${claim.impact.toFixed(1)} of 4 from ${claim.votes}`;
    lines.push(`${indent}- ${head}**${oneLine(claim.author)}**, ${claim.createdAt.toISOString().slice(0, 10)} · ${impact}`);
    const body = claim.state === 'shown' ? claim.body : claim.state === 'deleted' ? '_deleted_' : '_removed by the moderators_';
    for (const line of body.split('\n')) lines.push(line.trim() ? `${indent}  ${line}` : '');
    for (const quote of claim.evidence) lines.push(`${indent}  > “${oneLine(quote)}”`);
    for (const child of children.get(claim.id) ?? []) write(child, depth + 1);
  };
  for (const stance of [Stance.PRO, Stance.CON]) {
    const top = (children.get(null) ?? []).filter((c) => c.stance === stance);
    lines.push(`## ${stance === Stance.PRO ? 'For' : 'Against'} the motion: ${oneLine(side(stance))}`, '');
    if (top.length === 0) lines.push('_No claims._');
    for (const claim of top) write(claim, 0);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
