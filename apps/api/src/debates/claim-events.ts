import { Injectable } from '@nestjs/common';
import { readingRoom } from '@glossa/contracts';
import type { EntityManager } from 'typeorm';
import { UsersService } from '../auth/users.service';
import type { Transaction } from '../database/transaction-runner';
import { EventLog } from '../events/event-log';
import type { ClaimEntity } from './claim.entity';
import { claimAudience, claimPayload } from './claim-payload';

/** Tells the rooms that follow a claim what changed: its debate (or its moderators and author) and the readings it cites. */
@Injectable()
export class ClaimEvents {
  constructor(
    private readonly events: EventLog,
    private readonly users: UsersService,
  ) {}

  async publish(
    tx: Transaction,
    type: 'claim.created' | 'claim.updated',
    claim: ClaimEntity,
    authorName: string,
    evidence: string[],
    actorId: string,
  ): Promise<void> {
    const payload = { claim: claimPayload(claim, authorName, evidence) };
    for (const room of claimAudience(claim)) await this.events.append(tx, room, type, payload, actorId);
  }

  /** Tells the rooms of the readings whose passages gained or lost a citation, so they mark them anew. */
  async markCitations(
    tx: Transaction,
    claim: ClaimEntity,
    affected: string[],
    current: string[],
    actorId: string,
  ): Promise<void> {
    if (affected.length === 0) return;
    // Still reads the annotations table: AnnotationsService should offer the readings of given annotations.
    const readings: Array<{ reading_id: string }> = await tx.manager.query(
      'SELECT DISTINCT reading_id FROM annotations WHERE id = ANY($1)',
      [[...new Set(affected)]],
    );
    for (const { reading_id: readingId } of readings) {
      await this.events.append(
        tx,
        readingRoom(readingId),
        'evidence.changed',
        { claimId: claim.id, debateId: claim.debateId, annotationIds: current },
        actorId,
      );
    }
  }

  /** The name a claim's events show for its author. */
  async authorName(manager: EntityManager, userId: string): Promise<string> {
    return (await this.users.displayName(userId, manager)) ?? 'Former member';
  }
}
