import { Injectable } from '@nestjs/common';
import { AnonymousDiscussions } from '../anonymity/anonymous-discussions';
import { HistoryMasking } from '../anonymity/history-masking';
import type { AnonymityScope } from '../anonymity/pseudonym';
import type { Viewer } from '../auth/viewer';
import { TransactionRunner, Transaction } from '../database/transaction-runner';
import { ConflictError, NotFoundError } from '../errors/glossa-error';
import { ModerationAuditLog } from '../moderation/moderation-audit-log';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';

const LEADERS = `SELECT user_id FROM memberships WHERE seminar_id = $4 AND role IN ('OWNER', 'MODERATOR')`;

/**
 * Switching a seminar or a debate to anonymous and back (docs/anonymous-mode.md). Switching on
 * rewrites what its rooms already carry to pseudonyms; switching off is refused once someone has
 * posted there, because they posted trusting their name would not be shown.
 */
@Injectable()
export class AnonymitySettingsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: SeminarAccessService,
    private readonly discussions: AnonymousDiscussions,
    private readonly history: HistoryMasking,
    private readonly audit: ModerationAuditLog,
  ) {}

  async setSeminar(viewer: Viewer, seminarId: string, anonymous: boolean): Promise<void> {
    await this.transactions.run(async (tx) => {
      await this.access.require(viewer, seminarId, SeminarAction.SET_SEMINAR_ANONYMITY, tx.manager);
      const scope: AnonymityScope = `seminar:${seminarId}`;
      const posted = await exists(
        tx,
        `SELECT 1 FROM annotations WHERE seminar_id = $1 UNION ALL SELECT 1 FROM comments WHERE seminar_id = $1
         UNION ALL SELECT 1 FROM claims WHERE seminar_id = $1`,
        [seminarId],
      );
      await this.apply(tx, viewer, seminarId, scope, anonymous, posted, async () => {
        const rooms: Array<{ room: string }> = await tx.manager.query(
          `SELECT 'reading:' || id AS room FROM readings WHERE seminar_id = $1
           UNION ALL SELECT 'debate:' || id FROM debates WHERE seminar_id = $1
             AND ('debate:' || id) NOT IN (SELECT scope FROM anonymous_discussions)
           UNION ALL SELECT 'session:' || id FROM live_sessions WHERE seminar_id = $1
             AND NOT (subject_type = 'DEBATE' AND ('debate:' || subject_id) IN (SELECT scope FROM anonymous_discussions))`,
          [seminarId],
        );
        await this.history.mask(tx, scope, [`seminar:${seminarId}`, ...rooms.map((r) => r.room)], {
          sql: `payload->>'seminarId' = $3 AND substring(room from 6)::uuid NOT IN (${LEADERS})`,
          params: [seminarId, seminarId],
        });
      });
    });
  }

  async setDebate(viewer: Viewer, debateId: string, anonymous: boolean): Promise<string> {
    return this.transactions.run(async (tx) => {
      const place = await this.discussions.placeOfRoom(tx.manager, `debate:${debateId}`);
      if (!place) throw new NotFoundError('No such debate.');
      await this.access.require(viewer, place.seminarId, SeminarAction.SET_DEBATE_ANONYMITY, tx.manager);
      const scope: AnonymityScope = `debate:${debateId}`;
      const posted = await exists(tx, 'SELECT 1 FROM claims WHERE debate_id = $1', [debateId]);
      await this.apply(tx, viewer, place.seminarId, scope, anonymous, posted, async () => {
        const sessions: Array<{ room: string }> = await tx.manager.query(
          `SELECT 'session:' || id AS room FROM live_sessions WHERE subject_type = 'DEBATE' AND subject_id = $1`,
          [debateId],
        );
        await this.history.mask(tx, scope, [`debate:${debateId}`, ...sessions.map((r) => r.room)], {
          sql: `payload->>'subjectType' = 'reply' AND (payload->>'subjectId')::uuid IN (
                  SELECT m.id FROM comments m JOIN threads t ON t.id = m.thread_id
                    JOIN claims c ON t.subject_type = 'claim' AND c.id = t.subject_id WHERE c.debate_id = $3::uuid)
                AND substring(room from 6)::uuid NOT IN (${LEADERS})`,
          params: [debateId, place.seminarId],
        });
      });
      return place.seminarId;
    });
  }

  private async apply(
    tx: Transaction,
    viewer: Viewer,
    seminarId: string,
    scope: AnonymityScope,
    anonymous: boolean,
    posted: boolean,
    maskHistory: () => Promise<void>,
  ): Promise<void> {
    const on = (await this.discussions.anonymousAmong(tx.manager, [scope])).has(scope);
    if (on === anonymous) return;
    if (anonymous) {
      await this.discussions.enable(tx.manager, scope, seminarId, viewer.userId);
      await maskHistory();
    } else {
      if (posted) throw new ConflictError('Anonymity cannot be switched off once people have posted under pseudonyms.');
      await this.discussions.disable(tx.manager, scope);
    }
    const [kind, id] = scope.split(':');
    await this.audit.record(tx, viewer, seminarId, anonymous ? 'ANONYMITY_ON' : 'ANONYMITY_OFF', kind, id, anonymous ? 'Anonymous mode switched on' : 'Anonymous mode switched off', {});
  }
}

async function exists(tx: Transaction, sql: string, params: unknown[]): Promise<boolean> {
  const found: unknown[] = await tx.manager.query(`SELECT EXISTS (${sql}) AS any`, params);
  return (found[0] as { any: boolean }).any;
}
