import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Connection } from '../pagination/connection.model';
import { keysetPage } from '../pagination/keyset-page';
import { DebateEntity } from './debate.entity';
import { debateRoom, DebatePayload, seminarRoom } from '@glossa/contracts';
import { isUniqueViolation, Transaction, TransactionRunner } from '../database/transaction-runner';
import { BadUserInputError, NotFoundError } from '../errors/glossa-error';
import type { Viewer } from '../auth/viewer';
import type { ReadingEntity } from '../readings/reading.entity';
import { ReadingsService } from '../readings/readings.service';
import { EventLog } from '../events/event-log';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { DebateStatus } from './debate-status';
import { CreateDebateInput } from './dto/debate.inputs';

/** Debates of a seminar: motions, their sides, linked readings and settings. */
@Injectable()
export class DebatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: SeminarAccessService,
    private readonly readings: ReadingsService,
    private readonly events: EventLog,
  ) {}

  async create(viewer: Viewer, input: CreateDebateInput): Promise<DebateEntity> {
    const previous = input.clientId
      ? await this.dataSource.manager.findOneBy(DebateEntity, { createdBy: viewer.userId, clientId: input.clientId })
      : null;
    if (previous) return previous;
    try {
      return await this.transactions.run(async (tx) => {
        await this.access.require(viewer, input.seminarId, SeminarAction.MANAGE_DEBATES, tx.manager);
        const readingIds = [...new Set(input.readingIds)];
        const readings = await this.readings.byIds(readingIds, tx.manager);
        if (readings.length !== readingIds.length || readings.some((r) => r.seminarId !== input.seminarId)) {
          throw new BadUserInputError('Every linked reading must belong to the same seminar.');
        }
        const debate = await tx.manager.save(
          tx.manager.create(DebateEntity, {
            seminarId: input.seminarId,
            motion: input.motion.trim(),
            description: input.description.trim(),
            proLabel: input.proLabel.trim(),
            conLabel: input.conLabel.trim(),
            status: DebateStatus.OPEN,
            moderationMode: input.moderationMode,
            slowModeSeconds: input.slowModeSeconds,
            createdBy: viewer.userId,
            clientId: input.clientId ?? null,
          }),
        );
        if (readingIds.length)
          await tx.manager.query('INSERT INTO debate_readings (debate_id, reading_id) SELECT $1, unnest($2::uuid[])', [
            debate.id,
            readingIds,
          ]);
        await this.events.append(
          tx,
          seminarRoom(debate.seminarId),
          'debate.created',
          { debate: debatePayload(debate) },
          viewer.userId,
        );
        return debate;
      });
    } catch (error) {
      if (input.clientId && isUniqueViolation(error, 'debates_client_id_key')) {
        return this.dataSource.manager.findOneByOrFail(DebateEntity, {
          createdBy: viewer.userId,
          clientId: input.clientId,
        });
      }
      throw error;
    }
  }

  /** A debate the viewer may see (NOT_FOUND otherwise). */
  async get(viewer: Viewer, debateId: string): Promise<DebateEntity> {
    const debate = await this.dataSource.manager.findOneBy(DebateEntity, { id: debateId });
    if (!debate) throw new NotFoundError('No such debate, or you are not a member of its seminar.');
    await this.access.require(viewer, debate.seminarId, SeminarAction.VIEW).catch((error: unknown) => {
      throw error instanceof NotFoundError
        ? new NotFoundError('No such debate, or you are not a member of its seminar.')
        : error;
    });
    return debate;
  }

  /** Locks a debate row for a moderation action. */
  async lockForModeration(tx: Transaction, debateId: string): Promise<DebateEntity> {
    const debate = await tx.manager
      .getRepository(DebateEntity)
      .createQueryBuilder('d')
      .setLock('pessimistic_write')
      .where('d.id = :id', { id: debateId })
      .getOne();
    if (!debate) throw new NotFoundError('No such debate.');
    return debate;
  }

  /** Applies new settings decided at the moderation desk and announces them. */
  async applySettings(
    tx: Transaction,
    debate: DebateEntity,
    settings: Partial<Pick<DebateEntity, 'status' | 'moderationMode' | 'slowModeSeconds'>>,
    actorId: string,
  ): Promise<DebateEntity> {
    Object.assign(debate, settings);
    const saved = await tx.manager.save(debate);
    const payload = { debate: debatePayload(saved) };
    await this.events.append(tx, debateRoom(saved.id), 'debate.updated', payload, actorId);
    await this.events.append(tx, seminarRoom(saved.seminarId), 'debate.updated', payload, actorId);
    return saved;
  }

  /** Adds readings to those a debate draws on (the demo seeder links the readings its claims cite). */
  async linkReadings(debateId: string, readingIds: string[]): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO debate_readings (debate_id, reading_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING',
      [debateId, readingIds],
    );
  }

  async linkedReadings(debateId: string): Promise<ReadingEntity[]> {
    const rows: Array<{ reading_id: string }> = await this.dataSource.query(
      'SELECT reading_id FROM debate_readings WHERE debate_id = $1',
      [debateId],
    );
    return this.readings.byIds(rows.map((r) => r.reading_id));
  }

  forSeminar(seminarId: string, page: { first: number; after?: string | null }): Promise<Connection<DebateEntity>> {
    const query = this.dataSource
      .getRepository(DebateEntity)
      .createQueryBuilder('d')
      .where('d.seminar_id = :seminarId', { seminarId });
    return keysetPage(query, page, (d) => d);
  }

  /** The seminar a debate belongs to, or null when there is no such debate (real-time rooms). */
  async seminarIdOf(debateId: string): Promise<string | null> {
    const debate = await this.dataSource.manager.findOne(DebateEntity, {
      where: { id: debateId },
      select: { id: true, seminarId: true },
    });
    return debate?.seminarId ?? null;
  }
}

export function debatePayload(debate: DebateEntity): DebatePayload {
  return {
    id: debate.id,
    seminarId: debate.seminarId,
    motion: debate.motion,
    proLabel: debate.proLabel,
    conLabel: debate.conLabel,
    status: debate.status,
    moderationMode: debate.moderationMode,
    slowModeSeconds: debate.slowModeSeconds,
  };
}
