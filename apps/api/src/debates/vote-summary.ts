export interface VoteSummary {
  /** How many members gave each impact 0–4. */
  distribution: number[];
  mean: number | null;
  count: number;
  mine: number | null;
}

/** One row per claim and impact given: how many gave it, and whether the viewer is among them. */
export interface ImpactCount {
  claim_id: string;
  impact: number;
  n: number;
  mine: boolean;
}

/** The vote summary of each claim (in the order asked), from the counts of each impact. */
export function summarizeVotes(claimIds: readonly string[], rows: readonly ImpactCount[]): VoteSummary[] {
  return claimIds.map((id) => {
    const distribution = [0, 0, 0, 0, 0];
    let mine: number | null = null;
    for (const row of rows.filter((r) => r.claim_id === id)) {
      distribution[row.impact] = row.n;
      if (row.mine) mine = row.impact;
    }
    const count = distribution.reduce((a, b) => a + b, 0);
    const mean = count ? distribution.reduce((sum, n, impact) => sum + n * impact, 0) / count : null;
    return { distribution, mean, count, mine };
  });
}
