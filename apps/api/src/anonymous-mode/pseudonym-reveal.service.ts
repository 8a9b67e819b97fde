import { Injectable } from '@nestjs/common';
import { AnonymousDiscussions } from '../anonymity/anonymous-discussions';
import { toUser } from '../anonymity/author-masks';
import { PseudonymBook } from '../anonymity/pseudonym-book';
import type { Viewer } from '../auth/viewer';
import { TransactionRunner } from '../database/transaction-runner';
import { NotFoundError } from '../errors/glossa-error';
import { ModerationAuditLog } from '../moderation/moderation-audit-log';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import type { RevealPseudonymInput, RevealedPseudonymModel } from './dto/anonymity.inputs';

/**
 * A moderator learns who is behind a pseudonym a member reported (a peer's complaint names only the
 * pseudonym), and the audit log keeps who asked, when and why. Owners and moderators see names on
 * posts anyway; the reveal is for a pseudonym met outside a post, and for the record.
 */
@Injectable()
export class PseudonymRevealService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: SeminarAccessService,
    private readonly discussions: AnonymousDiscussions,
    private readonly book: PseudonymBook,
    private readonly audit: ModerationAuditLog,
  ) {}

  async reveal(viewer: Viewer, input: RevealPseudonymInput): Promise<RevealedPseudonymModel> {
    return this.transactions.run(async (tx) => {
      await this.access.require(viewer, input.seminarId, SeminarAction.REVEAL_PSEUDONYM, tx.manager);
      if (input.debateId) {
        const place = await this.discussions.placeOfRoom(tx.manager, `debate:${input.debateId}`);
        if (place?.seminarId !== input.seminarId) throw new NotFoundError('No such debate in this seminar.');
      }
      const scope = input.debateId ? (`debate:${input.debateId}` as const) : (`seminar:${input.seminarId}` as const);
      const pseudonym = await this.book.whoIs(tx.manager, scope, input.pseudonymId);
      if (!pseudonym) throw new NotFoundError('No such pseudonym in this discussion.');
      const [person] = await tx.manager.query('SELECT id, display_name FROM users WHERE id = $1', [pseudonym.userId]);
      await this.audit.record(tx, viewer, input.seminarId, 'REVEAL_PSEUDONYM', 'pseudonym', pseudonym.opaqueId, input.reason, {
        scope,
        pseudonym: pseudonym.name,
        userId: pseudonym.userId,
      });
      return {
        pseudonym: pseudonym.name,
        user: toUser({ id: pseudonym.userId, displayName: (person as { display_name: string }).display_name, pseudonym: pseudonym.name }),
      };
    });
  }
}
