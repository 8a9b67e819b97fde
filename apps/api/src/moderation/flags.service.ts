import { Injectable } from '@nestjs/common';
import { moderatorsRoom } from '@glossa/contracts';
import { UsersService } from '../auth/users.service';
import type { Viewer } from '../auth/viewer';
import { isUniqueViolation, Transaction, TransactionRunner } from '../database/transaction-runner';
import { ConflictError, NotFoundError } from '../errors/glossa-error';
import { EventLog } from '../events/event-log';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { flagModel } from './flag-model';
import { ModerationAuditLog } from './moderation-audit-log';
import { ModerationSubjects } from './moderation-subjects';
import { CloseFlagInput, FlagInput, SUBJECT_TYPE } from './moderation.inputs';
import { FlagModel } from './moderation.models';

/** Members flagging posts for the moderators, and moderators resolving or dismissing the flags. */
@Injectable()
export class FlagsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: SeminarAccessService,
    private readonly subjects: ModerationSubjects,
    private readonly users: UsersService,
    private readonly auditLog: ModerationAuditLog,
    private readonly events: EventLog,
  ) {}

  async flag(viewer: Viewer, input: FlagInput): Promise<FlagModel> {
    const subject = await this.subjects.visible(viewer, input.subjectType, input.subjectId);
    await this.access.require(viewer, subject.seminarId, SeminarAction.FLAG);
    const type = SUBJECT_TYPE[input.subjectType];
    try {
      return await this.transactions.run(async (tx) => {
        const [row]: Array<{ id: string; created_at: Date }> = await tx.manager.query(
          'INSERT INTO flags (seminar_id, subject_type, subject_id, reporter_id, reason) VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at',
          [subject.seminarId, type, input.subjectId, viewer.userId, input.reason.trim()],
        );
        await this.events.append(
          tx,
          moderatorsRoom(subject.seminarId),
          'flag.raised',
          {
            flagId: row.id,
            seminarId: subject.seminarId,
            subjectType: type,
            subjectId: input.subjectId,
            reason: input.reason.trim(),
            reporterName: viewer.displayName,
          },
          viewer.userId,
        );
        return flagModel({
          id: row.id,
          subject_type: type,
          subject_id: input.subjectId,
          reason: input.reason.trim(),
          status: 'OPEN',
          created_at: row.created_at,
          reporter_name: viewer.displayName,
        });
      });
    } catch (error) {
      if (isUniqueViolation(error, 'flags_one_open_per_reporter'))
        throw new ConflictError('You have already flagged this; the moderators will look at it.');
      throw error;
    }
  }

  async closeFlag(viewer: Viewer, input: CloseFlagInput): Promise<FlagModel> {
    return this.transactions.run(async (tx) => {
      const [flag]: Array<{
        id: string;
        seminar_id: string;
        subject_type: string;
        subject_id: string;
        reason: string;
        status: string;
        created_at: Date;
        reporter_id: string;
      }> = await tx.manager.query('SELECT * FROM flags WHERE id = $1 FOR UPDATE', [input.flagId]);
      if (!flag) throw new NotFoundError('No such flag.');
      await this.access.require(viewer, flag.seminar_id, SeminarAction.MODERATE, tx.manager);
      if (flag.status !== 'OPEN') throw new ConflictError(`This flag was already ${flag.status.toLowerCase()}.`);
      await tx.manager.query(
        'UPDATE flags SET status = $2, closed_by = $3, closed_at = clock_timestamp() WHERE id = $1',
        [flag.id, input.resolution, viewer.userId],
      );
      await this.events.append(
        tx,
        moderatorsRoom(flag.seminar_id),
        'flag.closed',
        { flagId: flag.id, seminarId: flag.seminar_id, status: input.resolution },
        viewer.userId,
      );
      await this.auditLog.record(
        tx,
        viewer,
        flag.seminar_id,
        `FLAG_${input.resolution}`,
        'flag',
        flag.id,
        input.reason,
        {
          subjectType: flag.subject_type,
          subjectId: flag.subject_id,
        },
      );
      const reporterName = (await this.users.displayName(flag.reporter_id, tx.manager)) ?? '';
      return flagModel({ ...flag, status: input.resolution, reporter_name: reporterName });
    });
  }

  /** Acting on a flagged post settles its open flags. */
  async resolveOpen(tx: Transaction, subjectType: string, subjectId: string, moderatorId: string): Promise<void> {
    await tx.manager.query(
      `UPDATE flags SET status = 'RESOLVED', closed_by = $3, closed_at = clock_timestamp() WHERE subject_type = $1 AND subject_id = $2 AND status = 'OPEN'`,
      [subjectType, subjectId, moderatorId],
    );
  }
}
