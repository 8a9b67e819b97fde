import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PostFacts } from '../posts/post-visibility';
import type { ThreadEntity } from './thread.entity';

/** What a thread needs to know of the post it hangs from (an annotation or a claim). */
export interface ThreadSubject {
  /** Who may see the subject: a reply is never seen by someone who may not see what it answers. */
  facts: PostFacts;
  /** The reading the discussion is about, for notifications; null for a claim. */
  readingId: string | null;
}

export type ThreadSubjectLookup = (manager: EntityManager, subjectId: string) => Promise<ThreadSubject | null>;

/**
 * The modules that open threads own their subjects' tables, so they tell threads here how to read a
 * subject (registered when they start): threads never query annotations or claims, and a reply to a
 * hidden or pending post stays as hidden as the post.
 */
@Injectable()
export class ThreadSubjects {
  private readonly lookups = new Map<ThreadEntity['subjectType'], ThreadSubjectLookup>();

  register(subjectType: ThreadEntity['subjectType'], lookup: ThreadSubjectLookup): void {
    this.lookups.set(subjectType, lookup);
  }

  /** The thread's subject, or null when it no longer exists. */
  async of(
    manager: EntityManager,
    thread: Pick<ThreadEntity, 'subjectType' | 'subjectId'>,
  ): Promise<ThreadSubject | null> {
    const lookup = this.lookups.get(thread.subjectType);
    // A module that opens threads and forgot to register would silently leak its hidden posts' replies.
    if (!lookup) throw new Error(`No module told threads how to read a ${thread.subjectType}.`);
    return lookup(manager, thread.subjectId);
  }
}
