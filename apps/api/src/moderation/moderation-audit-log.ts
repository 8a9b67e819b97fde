import { Injectable } from '@nestjs/common';
import { moderatorsRoom } from '@glossa/contracts';
import { DataSource } from 'typeorm';
import { UsersService } from '../auth/users.service';
import type { Viewer } from '../auth/viewer';
import type { Transaction } from '../database/transaction-runner';
import { EventLog } from '../events/event-log';
import { Connection } from '../pagination/connection.model';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { ModerationActionModel } from './moderation.models';

/** The append-only audit log of moderation actions (a database trigger forbids updating it). */
@Injectable()
export class ModerationAuditLog {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SeminarAccessService,
    private readonly users: UsersService,
    private readonly events: EventLog,
  ) {}

  /** Appends an action, with its reason, and tells the moderators. */
  async record(
    tx: Transaction,
    viewer: Viewer,
    seminarId: string,
    action: string,
    subjectType: string,
    subjectId: string,
    reason: string,
    details: Record<string, unknown>,
  ): Promise<ModerationActionModel> {
    const [row]: Array<{ id: string; created_at: Date }> = await tx.manager.query(
      'INSERT INTO moderation_actions (seminar_id, moderator_id, action, subject_type, subject_id, reason, details) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, created_at',
      [seminarId, viewer.userId, action, subjectType, subjectId, reason.trim(), JSON.stringify(details)],
    );
    await this.events.append(
      tx,
      moderatorsRoom(seminarId),
      'moderation.applied',
      {
        actionId: row.id,
        seminarId,
        moderatorId: viewer.userId,
        moderatorName: viewer.displayName,
        action,
        subjectType,
        subjectId,
        reason: reason.trim(),
        createdAt: new Date(row.created_at).toISOString(),
      },
      viewer.userId,
    );
    return Object.assign(new ModerationActionModel(), {
      id: row.id,
      action,
      subjectType,
      subjectId,
      reason: reason.trim(),
      moderatorName: viewer.displayName,
      details: JSON.stringify(details),
      createdAt: row.created_at,
    });
  }

  /** The audit log of a seminar, newest first (moderators and owners). */
  async page(
    viewer: Viewer,
    seminarId: string,
    page: { first: number; after?: string | null },
  ): Promise<Connection<ModerationActionModel>> {
    await this.access.require(viewer, seminarId, SeminarAction.MODERATE);
    const key = page.after ? decodeCursor(page.after) : null;
    const rows: Array<{
      id: string;
      action: string;
      subject_type: string;
      subject_id: string;
      reason: string;
      details: unknown;
      created_at: Date;
      moderator_id: string;
    }> = await this.dataSource.query(
      `SELECT a.* FROM moderation_actions a
        WHERE a.seminar_id = $1 AND ($2::timestamptz IS NULL OR (a.created_at, a.id) < ($2::timestamptz, $3::uuid))
        ORDER BY a.created_at DESC, a.id DESC LIMIT $4`,
      [seminarId, key?.at ?? null, key?.id ?? null, page.first + 1],
    );
    const shown = rows.slice(0, page.first);
    const names = await this.users.displayNames(shown.map((r) => r.moderator_id));
    const edges = shown.map((r) => ({
      cursor: encodeCursor({ at: new Date(r.created_at).toISOString(), id: r.id }),
      node: Object.assign(new ModerationActionModel(), {
        id: r.id,
        action: r.action,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        reason: r.reason,
        moderatorName: names.get(r.moderator_id) ?? '',
        details: JSON.stringify(r.details),
        createdAt: r.created_at,
      }),
    }));
    return { edges, pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
