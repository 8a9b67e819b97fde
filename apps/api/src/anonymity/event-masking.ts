import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventPayload, EventType, moderatorsRoom, userRoom } from '@glossa/contracts';
import type { Transaction } from '../database/transaction-runner';
import { AudienceCopy, EventLog, OutgoingEvent } from '../events/event-log';
import { AnonymousDiscussions } from './anonymous-discussions';
import type { DiscussionPlace } from './discussion-place';
import { AUTHORED_EVENT_TYPES, maskPayload, peopleNamed } from './masked-payload';
import { PseudonymBook } from './pseudonym-book';

/**
 * Anonymity in the event log (docs/design.md §Who may see what): in an anonymous discussion the
 * peers' room gets the event with pseudonyms and opaque ids and no actor, and the moderators' room
 * (and the author's own) a copy with the name. Rooms stay audiences, so replay needs no filter: what
 * is stored in a members' room is already what every member may read.
 */
@Injectable()
export class EventMasking implements OnModuleInit {
  constructor(
    private readonly events: EventLog,
    private readonly discussions: AnonymousDiscussions,
    private readonly book: PseudonymBook,
  ) {}

  onModuleInit(): void {
    this.events.useAudienceSplit((tx, event) => this.split(tx, event));
  }

  /** The copies `event` is written as, or null to write it as it is. */
  async split(tx: Transaction, event: OutgoingEvent): Promise<AudienceCopy[] | null> {
    const { room, type, payload, actorId } = event;
    if (room.endsWith(':moderators')) return null;
    const personal = room.startsWith('user:');
    if (!personal && !/^(seminar|reading|debate|session):/.test(room)) return null;
    // The actor counts too: the envelope's actorId would tell peers who voted or cited.
    const named = [...new Set([...peopleNamed(type, payload), ...(actorId ? [actorId] : [])])];
    if (named.length === 0) return null;
    const found = personal ? await this.personalScope(tx, type, payload) : await this.discussions.roomScope(tx.manager, room);
    if (!found?.scope) return null;
    const { place, scope } = found;
    const reader = personal ? room.slice('user:'.length) : null;
    if (reader && (await this.discussions.leads(tx.manager, place.seminarId, reader))) return null;
    const pseudonyms = await this.book.ensure(tx.manager, scope, named);
    const mask = (userId: string, name: string) => {
      if (userId === reader) return { id: userId, name };
      const pseudonym = pseudonyms.get(userId);
      return pseudonym ? { id: pseudonym.opaqueId, name: pseudonym.name } : { id: crypto.randomUUID(), name: 'Former member' };
    };
    const masked =
      type === 'notification.created'
        ? { ...(payload as EventPayload<'notification.created'>), actorName: actorId ? mask(actorId, '').name : 'Someone' }
        : (maskPayload(type, payload as EventPayload<EventType>, mask) ?? payload);
    const copies: AudienceCopy[] = [{ room, payload: masked, actorId: actorId === reader ? actorId : null }];
    if (!personal && AUTHORED_EVENT_TYPES.has(type)) {
      copies.push({ room: moderatorsRoom(place.seminarId), payload, actorId });
      copies.push({ room: userRoom(peopleNamed(type, payload)[0]), payload, actorId });
    }
    return copies;
  }

  private async personalScope(tx: Transaction, type: EventType, payload: unknown) {
    const place = await this.placeOfPayload(tx, type, payload);
    return place && { place, scope: await this.discussions.scopeIn(tx.manager, place) };
  }

  private async placeOfPayload(tx: Transaction, type: EventType, payload: unknown): Promise<DiscussionPlace | null> {
    const p = payload as Record<string, unknown>;
    if (type.startsWith('annotation.')) return { seminarId: (p['annotation'] as { seminarId: string }).seminarId, debateId: null };
    if (type.startsWith('claim.')) return this.discussions.placeOfRoom(tx.manager, `debate:${(p['claim'] as { debateId: string }).debateId}`);
    if (type.startsWith('member.')) return { seminarId: p['seminarId'] as string, debateId: null };
    if (typeof p['subjectType'] === 'string' && typeof p['subjectId'] === 'string') {
      const subjectType = p['subjectType'] === 'reply' ? 'comment' : p['subjectType'];
      return this.discussions.placeOfSubject(tx.manager, subjectType, p['subjectId']);
    }
    return null;
  }
}
