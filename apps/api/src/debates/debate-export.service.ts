import { AuthorMasks } from '../anonymity/author-masks';
import { Injectable } from '@nestjs/common';
import { AnnotationEvidence } from '../annotations/annotation-evidence';
import { UsersService } from '../auth/users.service';
import type { Viewer } from '../auth/viewer';
import { downloadSlug } from '../http/download-name';
import { Moderation } from '../posts/moderation-state';
import { SeminarsService } from '../seminars/seminars.service';
import { ThreadReadModel } from '../threads/thread-read-model';
import { orderClaimTree } from './claim-tree';
import { ClaimEvidenceService } from './claim-evidence.service';
import { ClaimReadsService } from './claim-reads.service';
import { ClaimVotesService } from './claim-votes.service';
import { MarkdownClaim, renderDebateMarkdown } from './debate-markdown.renderer';
import { DebatesService } from './debates.service';
import { ClaimSort } from './dto/debate.inputs';

export interface DebateExport {
  filename: string;
  mediaType: string;
  content: string;
  claimCount: number;
}

/**
 * A debate as Markdown, with what the viewer may see of it: the claims the debate page would show
 * them (someone else's pending or hidden claim stays out), in the page's default order.
 */
@Injectable()
export class DebateExportService {
  constructor(
    private readonly debates: DebatesService,
    private readonly claims: ClaimReadsService,
    private readonly claimVotes: ClaimVotesService,
    private readonly claimEvidence: ClaimEvidenceService,
    private readonly seminars: SeminarsService,
    private readonly annotations: AnnotationEvidence,
    private readonly threads: ThreadReadModel,
    private readonly users: UsersService,
    private readonly masks: AuthorMasks,
  ) {}

  async markdown(viewer: Viewer, debateId: string, now = new Date()): Promise<DebateExport> {
    const debate = await this.debates.get(viewer, debateId);
    const seminar = await this.seminars.get(viewer, debate.seminarId);
    const claims = await this.claims.ofDebate(viewer).load(debate.id);
    const ids = claims.map((c) => c.id);
    const [votes, evidence, states] = await Promise.all([
      this.claimVotes.votes(viewer).loadMany(ids),
      this.claimEvidence.evidence(viewer).loadMany(ids),
      this.threads.states(viewer).loadMany(claims.map((c) => c.threadId)),
    ]);
    const rows = await Promise.all(
      claims.map(async (claim, i) => {
        const vote = votes[i] instanceof Error ? null : (votes[i] as { mean: number | null; count: number });
        const cited = evidence[i] instanceof Error ? [] : (evidence[i] as string[]);
        const state = states[i] instanceof Error ? null : (states[i] as { replyCount: number });
        const silenced = claim.deletedAt !== null || claim.moderation === Moderation.REMOVED;
        const passages = silenced ? [] : await this.annotations.visibleById(viewer).loadMany(cited);
        const person = await this.users.byId(viewer.loaders).load(claim.authorId);
        const author = await this.masks.present(viewer, { seminarId: debate.seminarId, debateId: debate.id }, person, claim.authorId);
        const row: MarkdownClaim = {
          id: claim.id,
          parentId: claim.parentId,
          stance: claim.stance,
          body: silenced ? '' : claim.body,
          state: claim.deletedAt !== null ? 'deleted' : claim.moderation === Moderation.REMOVED ? 'removed' : 'shown',
          author: author.displayName,
          createdAt: claim.createdAt,
          impact: vote?.mean ?? null,
          votes: vote?.count ?? 0,
          evidence: passages.flatMap((p) => (p && !(p instanceof Error) ? [p.quoteExact] : [])),
        };
        return {
          id: claim.id,
          parentId: claim.parentId,
          createdAt: claim.createdAt,
          pinned: claim.pinnedAt !== null,
          impact: row.impact,
          replies: state?.replyCount ?? 0,
          row,
        };
      }),
    );
    const ordered = orderClaimTree(rows, ClaimSort.IMPACT).map((r) => r.row);
    return {
      filename: `${downloadSlug(debate.motion, 'debate')}.debate.md`,
      mediaType: 'text/markdown; charset=utf-8',
      content: renderDebateMarkdown(debate, ordered, { seminarName: seminar.name, generated: now }),
      claimCount: ordered.length,
    };
  }
}
