import type { LivePollPayload, LiveRoundPayload, LiveSpotlightPayload } from '@glossa/contracts';

export interface SummaryClaim {
  stance: 'PRO' | 'CON';
  authorName: string;
  body: string;
}

export interface SessionSummary {
  title: string;
  subjectType: 'READING' | 'DEBATE';
  startedAt: string;
  endedAt: string;
  facilitatorName: string;
  spotlights: LiveSpotlightPayload[];
  polls: LivePollPayload[];
  rounds: Array<{ round: LiveRoundPayload; claims: SummaryClaim[] }>;
}

/**
 * The Markdown record of a session, saved to the seminar when it ends: spotlights with their
 * passages and notes, every poll with its frozen tally, and the claims added during each round.
 */
export function summaryMarkdown(summary: SessionSummary): string {
  const lines = [
    `# Live session: ${inline(summary.title)}`,
    '',
    `${summary.subjectType === 'READING' ? 'Reading' : 'Debate'} · ${summary.startedAt} – ${summary.endedAt} · led by ${inline(summary.facilitatorName)}`,
    '',
    '## Spotlights',
    '',
  ];
  if (summary.spotlights.length === 0) lines.push('None.', '');
  summary.spotlights.forEach((spotlight, index) => {
    lines.push(`${index + 1}. ${quote(spotlight.exact)}`);
    if (spotlight.note) lines.push(`   — ${inline(spotlight.note)}`);
  });
  if (summary.spotlights.length) lines.push('');
  lines.push('## Polls', '');
  if (summary.polls.length === 0) lines.push('None.', '');
  for (const poll of summary.polls) {
    lines.push(`### ${inline(poll.question)}`, '');
    poll.options.forEach((option, index) => {
      const count = poll.counts[index] ?? 0;
      const share = poll.total ? Math.round((100 * count) / poll.total) : 0;
      lines.push(`- ${inline(option)}: ${count} (${share}%)`);
    });
    lines.push(
      '',
      `${poll.total} ${poll.total === 1 ? 'answer' : 'answers'}${poll.anonymous ? ', anonymous' : ''}.`,
      '',
    );
  }
  lines.push('## Rounds', '');
  if (summary.rounds.length === 0) lines.push('None.', '');
  for (const { round, claims } of summary.rounds) {
    lines.push(`### ${inline(round.prompt)} (${Math.round(round.seconds / 60) || 1} min)`, '');
    if (claims.length === 0) lines.push('No claims were added.');
    for (const claim of claims) lines.push(`- **${claim.stance}** ${inline(claim.body)} — ${inline(claim.authorName)}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** One line of text, with Markdown's line structure taken out of it. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function quote(text: string): string {
  return `“${inline(text)}”`;
}
