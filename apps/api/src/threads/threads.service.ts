import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { RevealGate } from '../assignment-rules/reveal-gate';
import type { Viewer } from '../auth/viewer';
import { Transaction } from '../database/transaction-runner';
import { NotFoundError } from '../errors/glossa-error';
import { maySee } from '../posts/post-visibility';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { decide, SeminarAction } from '../seminars/seminar-policy';
import { ThreadEntity } from './thread.entity';
import { ThreadSubject, ThreadSubjects } from './thread-subjects';

export interface ThreadPlacement {
  seminarId: string;
  subjectType: 'annotation' | 'claim';
  subjectId: string;
  room: string;
  privateTo: string | null;
  /** Passed on to notifications: the reading a reply is about, if any. */
  readingId?: string | null;
}

/**
 * The discussion threads themselves, for the modules whose posts have one (annotations, claims):
 * opened with their post, moved with it when it turns private or public, and who may enter one.
 * Replies are written by `ReplyCommands` and read through `ThreadReadModel`.
 */
@Injectable()
export class ThreadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SeminarAccessService,
    private readonly subjects: ThreadSubjects,
    private readonly assignments: RevealGate,
  ) {}

  /** Creates the (empty) thread of a new subject, inside the subject's transaction. */
  async open(tx: Transaction, placement: ThreadPlacement): Promise<ThreadEntity> {
    // A plain INSERT … RETURNING: every post opens one, and TypeORM's insert builder cost more CPU
    // than the statement (bench:annotation-writes).
    const thread = tx.manager.create(ThreadEntity, {
      id: randomUUID(),
      seminarId: placement.seminarId,
      subjectType: placement.subjectType,
      subjectId: placement.subjectId,
      room: placement.room,
      privateTo: placement.privateTo,
      lockedAt: null,
    });
    const [row]: Array<{ created_at: Date }> = await tx.manager.query(
      `INSERT INTO threads (id, seminar_id, subject_type, subject_id, room, private_to)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING created_at`,
      [thread.id, thread.seminarId, thread.subjectType, thread.subjectId, thread.room, thread.privateTo],
    );
    thread.createdAt = row.created_at;
    return thread;
  }

  /** Opens the (empty) threads of many new subjects at once (an import), inside its transaction. */
  async openMany(tx: Transaction, placements: Array<ThreadPlacement & { id: string }>): Promise<void> {
    if (placements.length === 0) return;
    await tx.manager.query(
      `INSERT INTO threads (id, seminar_id, subject_type, subject_id, room, private_to)
       SELECT id, seminar_id, subject_type, subject_id, room, private_to
         FROM jsonb_to_recordset($1::jsonb)
           AS p(id uuid, seminar_id uuid, subject_type text, subject_id uuid, room text, private_to uuid)`,
      [
        JSON.stringify(
          placements.map((p) => ({
            id: p.id,
            seminar_id: p.seminarId,
            subject_type: p.subjectType,
            subject_id: p.subjectId,
            room: p.room,
            private_to: p.privateTo,
          })),
        ),
      ],
    );
  }

  /** Moves a thread's events to another room (its annotation became private, or public). */
  async move(tx: Transaction, threadId: string, room: string, privateTo: string | null): Promise<void> {
    await tx.manager.update(ThreadEntity, { id: threadId }, { room, privateTo });
  }

  /**
   * Whether the thread is shown in this room: not one of another reading, nor a private or held-back
   * one (whose room is its author's or the moderators').
   */
  async shownIn(threadId: string, room: string): Promise<boolean> {
    return this.dataSource.getRepository(ThreadEntity).existsBy({ id: threadId, room });
  }

  /** The thread if the viewer may see it and their role allows `action`; NOT_FOUND otherwise. */
  async authorize(
    viewer: Viewer,
    threadId: string,
    action: SeminarAction,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ThreadEntity> {
    return (await this.authorizeWithSubject(viewer, threadId, action, manager)).thread;
  }

  /**
   * As `authorize`, with the post the thread hangs from: someone who may not see that post (hidden,
   * pending) may not see or join its discussion either.
   */
  async authorizeWithSubject(
    viewer: Viewer,
    threadId: string,
    action: SeminarAction,
    manager: EntityManager,
  ): Promise<{ thread: ThreadEntity; subject: ThreadSubject | null }> {
    const thread = await manager.findOneBy(ThreadEntity, { id: threadId });
    if (!thread || (thread.privateTo !== null && thread.privateTo !== viewer.userId))
      throw new NotFoundError('No such discussion.');
    const role = await this.access.require(viewer, thread.seminarId, action, manager);
    const subject = await this.subjects.of(manager, thread);
    const moderates = decide(role, SeminarAction.MODERATE) === 'ALLOW';
    if (subject && !maySee(subject.facts, { userId: viewer.userId, moderates }))
      throw new NotFoundError('No such discussion.');
    // Hide until you post and groups: a discussion is as hidden as the annotation it hangs from
    // (docs/assignments.md, docs/small-groups.md).
    if (subject?.readingId && subject.facts.authorId !== viewer.userId && !moderates) {
      const post = { readingId: subject.readingId, authorId: subject.facts.authorId, seminarId: thread.seminarId };
      if (await this.assignments.hidesPost(viewer.userId, post, manager))
        throw new NotFoundError('No such discussion.');
    }
    return { thread, subject };
  }
}
