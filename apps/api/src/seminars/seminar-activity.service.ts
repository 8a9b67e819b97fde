import { Injectable } from '@nestjs/common';
import { seminarRoom } from '@glossa/contracts';
import { DataSource } from 'typeorm';
import { UsersService } from '../auth/users.service';
import type { Viewer } from '../auth/viewer';
import { EventLog } from '../events/event-log';
import { Connection, LazyCursorEdge } from '../pagination/connection.model';
import { CursorKey, decodeCursor, encodeCursor } from '../pagination/cursor';
import { ActivityLine, activityLine } from './activity-summary';
import { SeminarEntity } from './seminar.entity';

export interface SeminarActivityItem extends ActivityLine {
  id: string;
  at: Date;
  type: string;
}

/**
 * When a seminar last saw activity: the newest event in its own room or in any of its readings' or
 * debates' rooms (those rooms hold only what every member may see), or its creation. Each room's
 * newest event is found through the events primary key (room, seq), not by scanning the room.
 * The seminars module reads the readings and debates tables here by name only, as SQL, so the
 * ordering needs no import from those higher modules (docs/seminar-page.md).
 */
const ACTIVITY_AT = `GREATEST(s.created_at,
  (SELECT e.created_at FROM events e WHERE e.room = 'seminar:' || s.id ORDER BY e.seq DESC LIMIT 1),
  (SELECT max(last.created_at) FROM readings r
     CROSS JOIN LATERAL (SELECT e.created_at FROM events e WHERE e.room = 'reading:' || r.id ORDER BY e.seq DESC LIMIT 1) last
    WHERE r.seminar_id = s.id),
  (SELECT max(last.created_at) FROM debates d
     CROSS JOIN LATERAL (SELECT e.created_at FROM events e WHERE e.room = 'debate:' || d.id ORDER BY e.seq DESC LIMIT 1) last
    WHERE d.seminar_id = s.id))`;

@Injectable()
export class SeminarActivityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventLog,
    private readonly users: UsersService,
  ) {}

  /**
   * The seminars I belong to, the most recently active first. The cursor holds the last seminar's
   * activity time and id; a seminar that becomes active while someone pages moves to the front,
   * which the live list picks up by reloading.
   */
  async mine(viewer: Viewer, page: { first: number; after?: string | null }): Promise<Connection<SeminarEntity>> {
    const key = page.after ? decodeCursor(page.after) : null;
    const rows: Array<{ id: string; activity_at: Date }> = await this.dataSource.query(
      `SELECT id, activity_at FROM (
         SELECT s.id, ${ACTIVITY_AT} AS activity_at
           FROM seminars s JOIN memberships m ON m.seminar_id = s.id AND m.user_id = $1) ranked
        WHERE $2::timestamptz IS NULL OR (activity_at, id) < ($2::timestamptz, $3::uuid)
        ORDER BY activity_at DESC, id DESC
        LIMIT $4`,
      [viewer.userId, key?.at ?? null, key?.id ?? null, page.first + 1],
    );
    const shown = rows.slice(0, page.first);
    const entities = shown.length
      ? await this.dataSource.manager.findBy(SeminarEntity, shown.map((r) => ({ id: r.id })))
      : [];
    const byId = new Map(entities.map((s) => [s.id, s]));
    const last = shown.at(-1);
    return {
      edges: shown.map(
        (row) =>
          new LazyCursorEdge(byId.get(row.id) as SeminarEntity, { at: row.activity_at.toISOString(), id: row.id }, (k: CursorKey) =>
            encodeCursor(k),
          ),
      ),
      pageInfo: {
        hasNextPage: rows.length > page.first,
        endCursor: last ? encodeCursor({ at: last.activity_at.toISOString(), id: last.id }) : null,
      },
    };
  }

  /**
   * The latest events of the seminar's own room, newest first, as lines a member reads. The caller
   * has checked the viewer may see the seminar; the room holds only what every member may see.
   */
  async recent(viewer: Viewer, seminarId: string, first: number): Promise<SeminarActivityItem[]> {
    const room = seminarRoom(seminarId);
    const latest = (await this.events.latest([room])).get(room) ?? 0;
    // Some events (none today, but a new type might be added) are not shown: read a little more.
    const events = await this.events.since(room, Math.max(0, latest - first * 2), first * 2);
    const people = new Set<string>();
    for (const event of events) {
      if (event.actorId) people.add(event.actorId);
      const userId = (event.payload as { userId?: string }).userId;
      if (userId) people.add(userId);
    }
    const found = await this.users.byId(viewer.loaders).loadMany([...people]);
    const names = new Map(
      found.flatMap((user) => (user && !(user instanceof Error) ? [[user.id, user.displayName] as const] : [])),
    );
    // In an anonymous seminar the room names people by pseudonym and opaque id (docs/anonymous-mode.md).
    for (const event of events) {
      const { userId, displayName } = event.payload as { userId?: string; displayName?: string };
      if (userId && displayName && !names.has(userId)) names.set(userId, displayName);
    }
    const nameOf = (userId: string | null) => (userId ? (names.get(userId) ?? 'A former member') : 'Someone');
    return events
      .reverse()
      .flatMap((event) => {
        const line = activityLine(event, nameOf);
        return line ? [{ ...line, id: `${event.room}#${event.seq}`, at: new Date(event.at), type: event.type }] : [];
      })
      .slice(0, first);
  }
}
