import { Injectable } from '@nestjs/common';
import { PreparedText, prepareText } from '@glossa/anchoring';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { plainEntities } from '../database/plain-entities';
import { readingRoom, seminarRoom } from '@glossa/contracts';
import { countLoader } from '../database/count-loader';
import { EventLog } from '../events/event-log';
import { isUniqueViolation, Transaction, TransactionRunner } from '../database/transaction-runner';
import { ConflictError, NotFoundError } from '../errors/glossa-error';
import type { Viewer } from '../auth/viewer';
import { Connection } from '../pagination/connection.model';
import { keysetPage } from '../pagination/keyset-page';
import { Role } from '../seminars/role';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { AddReadingInput, ReviseReadingInput } from './dto/reading.inputs';
import { ReadingRevisionEntity } from './reading-revision.entity';
import { acceptReadingText } from './reading-text';
import { RevisionListeners } from './revision-listeners';
import { NO_STRUCTURE, TextStructure } from './reading-structure';
import { ReadingEntity } from './reading.entity';

/** Characters of revision text kept prepared for anchoring (a reading is at most 2 MB). */
const PREPARED_CHARACTERS = 16_000_000;

/** Owner of the per-request loader of revisions with their texts (see `revisions`). */
const WITH_TEXT = {};

/** Revision columns without the text, which may be 2 MB and is loaded only on demand. */
const REVISION_SUMMARY: Array<keyof ReadingRevisionEntity> = [
  'id',
  'readingId',
  'number',
  'note',
  'createdBy',
  'createdAt',
  'blocks',
  'pages',
];

@Injectable()
export class ReadingsService {
  private readonly preparedTexts = new Map<string, PreparedText>();
  private preparedCharacters = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: SeminarAccessService,
    private readonly events: EventLog,
    private readonly revisionListeners: RevisionListeners,
  ) {}

  async add(viewer: Viewer, input: AddReadingInput): Promise<ReadingEntity> {
    const text = acceptReadingText(input.text);
    const previous = input.clientId ? await this.byClientId(viewer, input.clientId) : null;
    if (previous) return previous;
    try {
      return await this.transactions.run((tx) => this.addInTransaction(tx, viewer, input, text));
    } catch (error) {
      if (input.clientId && isUniqueViolation(error, 'readings_client_id_key')) {
        return (await this.byClientId(viewer, input.clientId)) as ReadingEntity;
      }
      throw error;
    }
  }

  /**
   * Creates a reading with its first revision in the caller's transaction (a converted document
   * is saved together with its upload's state): `text` must have passed `acceptReadingText`.
   */
  async addInTransaction(
    tx: Transaction,
    viewer: Viewer,
    input: Omit<AddReadingInput, 'text'>,
    text: string,
    structure: TextStructure = NO_STRUCTURE,
  ): Promise<ReadingEntity> {
    const { manager } = tx;
    await this.access.require(viewer, input.seminarId, SeminarAction.ADD_READING, manager);
    const reading = await manager.save(
      manager.create(ReadingEntity, {
        seminarId: input.seminarId,
        title: input.title.trim(),
        author: input.author.trim(),
        source: input.source.trim(),
        format: input.format,
        currentRevisionNumber: 1,
        createdBy: viewer.userId,
        clientId: input.clientId ?? null,
      }),
    );
    await manager.insert(ReadingRevisionEntity, {
      readingId: reading.id,
      number: 1,
      text,
      note: 'Original text',
      createdBy: viewer.userId,
      blocks: structure.blocks,
      pages: structure.pages,
    });
    await this.events.append(
      tx,
      seminarRoom(reading.seminarId),
      'reading.added',
      {
        seminarId: reading.seminarId,
        readingId: reading.id,
        title: reading.title,
        author: reading.author,
      },
      viewer.userId,
    );
    return reading;
  }

  /**
   * Saves a new immutable revision and makes it current. The reading row is locked first, so two
   * editors cannot both create "revision n+1"; a stale `baseRevision` is a CONFLICT, not an overwrite.
   */
  async revise(
    viewer: Viewer,
    input: ReviseReadingInput,
    structure: TextStructure = NO_STRUCTURE,
  ): Promise<ReadingEntity> {
    const text = acceptReadingText(input.text);
    if (input.clientId) {
      const previous = await this.dataSource.manager.findOneBy(ReadingRevisionEntity, {
        createdBy: viewer.userId,
        clientId: input.clientId,
      });
      if (previous) return this.dataSource.manager.findOneByOrFail(ReadingEntity, { id: previous.readingId });
    }
    return this.transactions
      .run((tx) => this.reviseInTransaction(tx, viewer, input, text, structure))
      .catch(async (error: unknown) => {
        // Two copies of one retried request raced: the loser answers with the winner's result.
        if (input.clientId && isUniqueViolation(error, 'reading_revisions_client_id_key')) {
          return this.dataSource.manager.findOneByOrFail(ReadingEntity, { id: input.readingId });
        }
        throw error;
      });
  }

  /**
   * Saves a revision in the caller's transaction (a converted upload becomes the revision together
   * with its upload's state): `text` must have passed `acceptReadingText`.
   */
  async reviseInTransaction(
    tx: Transaction,
    viewer: Viewer,
    input: Omit<ReviseReadingInput, 'text'>,
    text: string,
    structure: TextStructure = NO_STRUCTURE,
  ): Promise<ReadingEntity> {
    const { manager } = tx;
    const reading = await manager
      .getRepository(ReadingEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id: input.readingId })
      .getOne();
    if (!reading) throw new NotFoundError('No such reading, or you are not a member of its seminar.');
    await this.access.require(viewer, reading.seminarId, SeminarAction.REVISE_READING, manager);
    if (input.baseRevision !== undefined && input.baseRevision !== reading.currentRevisionNumber) {
      throw new ConflictError(
        `This reading was revised since you opened it (now revision ${reading.currentRevisionNumber}, you started from ${input.baseRevision}).`,
        { currentRevision: reading.currentRevisionNumber },
      );
    }
    const number = reading.currentRevisionNumber + 1;
    await manager.insert(ReadingRevisionEntity, {
      readingId: reading.id,
      number,
      text,
      note: input.note.trim(),
      createdBy: viewer.userId,
      clientId: input.clientId ?? null,
      blocks: structure.blocks,
      pages: structure.pages,
    });
    reading.currentRevisionNumber = number;
    const saved = await manager.save(reading);
    const reanchored = await this.revisionListeners.notify({
      tx,
      seminarId: reading.seminarId,
      readingId: reading.id,
      revisionNumber: number,
      text,
    });
    const revised = {
      seminarId: reading.seminarId,
      readingId: reading.id,
      revisionNumber: number,
      note: input.note.trim(),
      reanchored,
    };
    await this.events.append(tx, readingRoom(reading.id), 'reading.revised', revised, viewer.userId);
    await this.events.append(tx, seminarRoom(reading.seminarId), 'reading.revised', revised, viewer.userId);
    return saved;
  }

  async get(viewer: Viewer, id: string): Promise<ReadingEntity> {
    const reading = await this.dataSource.manager.findOneBy(ReadingEntity, { id });
    if (!reading) throw new NotFoundError('No such reading, or you are not a member of its seminar.');
    await this.access.requireInRequest(viewer, reading.seminarId, SeminarAction.VIEW).catch((error: unknown) => {
      throw error instanceof NotFoundError
        ? new NotFoundError('No such reading, or you are not a member of its seminar.')
        : error;
    });
    return reading;
  }

  forSeminar(seminarId: string, page: { first: number; after?: string | null }): Promise<Connection<ReadingEntity>> {
    const query = this.dataSource
      .getRepository(ReadingEntity)
      .createQueryBuilder('r')
      .where('r.seminar_id = :seminarId', { seminarId });
    return keysetPage(query, page, (r) => r);
  }

  /**
   * Revisions by `readingId:number`, batched per request: summaries, or with their texts when the
   * caller knows the text will be asked for (the reading view): the text then comes in the same
   * statement and primes `texts`, rather than costing a second one.
   */
  revisions(viewer: Viewer, withText = false): DataLoader<string, ReadingRevisionEntity | null> {
    return viewer.loaders.for(
      withText ? WITH_TEXT : this.revisions,
      () =>
        new DataLoader<string, ReadingRevisionEntity | null>(async (keys) => {
          const pairs = keys.map((k) => k.split(':'));
          const columns: Array<keyof ReadingRevisionEntity> = withText
            ? [...REVISION_SUMMARY, 'text']
            : REVISION_SUMMARY;
          const rows = await this.dataSource
            .getRepository(ReadingRevisionEntity)
            .createQueryBuilder('v')
            .select(columns.map((c) => `v.${c}`))
            .where('(v.reading_id, v.number) IN (SELECT * FROM unnest(:ids::uuid[], :numbers::int[]))', {
              ids: pairs.map(([id]) => id),
              numbers: pairs.map(([, n]) => Number(n)),
            })
            .getMany();
          if (withText) for (const row of rows) this.texts(viewer).prime(row.id, row.text);
          const byKey = new Map(rows.map((r) => [`${r.readingId}:${r.number}`, r]));
          return keys.map((k) => byKey.get(k) ?? null);
        }),
    );
  }

  /** Every reading of a seminar (without texts), oldest first: for exports and imports. */
  inSeminar(seminarId: string, manager: EntityManager = this.dataSource.manager): Promise<ReadingEntity[]> {
    return manager
      .getRepository(ReadingEntity)
      .createQueryBuilder('r')
      .where('r.seminar_id = :seminarId', { seminarId })
      .orderBy('r.created_at')
      .addOrderBy('r.id')
      .getMany();
  }

  /** A reading's whole history, newest first, without texts. */
  history(readingId: string): Promise<ReadingRevisionEntity[]> {
    return this.dataSource
      .getRepository(ReadingRevisionEntity)
      .createQueryBuilder('v')
      .select(REVISION_SUMMARY.map((c) => `v.${c}`))
      .where('v.reading_id = :readingId', { readingId })
      .orderBy('v.number', 'DESC')
      .getMany();
  }

  /** The text of one revision, inside a transaction or not. */
  async revisionText(
    readingId: string,
    number: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string | null> {
    const rows: Array<{ text: string }> = await manager.query(
      'SELECT text FROM reading_revisions WHERE reading_id = $1 AND number = $2',
      [readingId, number],
    );
    return rows[0]?.text ?? null;
  }

  /**
   * A revision's text prepared for anchoring (its code-point index built once), from a small cache:
   * revisions never change once committed, and creating an annotation checks the selection against
   * its revision, which otherwise fetched (up to 2 MB) and indexed the whole text every time. Call
   * it only for committed revisions (not from inside a transaction that creates one).
   */
  async preparedText(
    readingId: string,
    number: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PreparedText | null> {
    const key = `${readingId}:${number}`;
    const cached = this.preparedTexts.get(key);
    if (cached) {
      // Most recently used last, so the oldest goes first.
      this.preparedTexts.delete(key);
      this.preparedTexts.set(key, cached);
      return cached;
    }
    const text = await this.revisionText(readingId, number, manager);
    if (text === null) return null;
    const prepared = prepareText(text);
    this.preparedTexts.set(key, prepared);
    this.preparedCharacters += text.length;
    for (const [oldest, evicted] of this.preparedTexts) {
      if (this.preparedCharacters <= PREPARED_CHARACTERS || oldest === key) break;
      this.preparedTexts.delete(oldest);
      this.preparedCharacters -= evicted.text.length;
    }
    return prepared;
  }

  /** Finds a reading the viewer may see, or NOT_FOUND; `action` is checked against their role. */
  async authorize(
    viewer: Viewer,
    readingId: string,
    action: SeminarAction,
    manager: EntityManager = this.dataSource.manager,
    options: { lockForShare?: boolean } = {},
  ): Promise<ReadingEntity> {
    // The reading and the caller's role in one statement (it precedes every change to a reading's
    // annotations); FOR SHARE, inside a transaction, holds off a revision until the caller is done.
    const query = manager
      .getRepository(ReadingEntity)
      .createQueryBuilder('r')
      .addSelect(this.access.roleSql('r.seminar_id'), 'viewer_role')
      .where('r.id = :readingId', { readingId, viewerId: viewer.userId });
    if (options.lockForShare) query.setLock('pessimistic_read');
    const [found] = await plainEntities(query, (reading, row) => ({ reading, role: row.viewer_role as Role | null }));
    if (!found) throw new NotFoundError('No such reading, or you are not a member of its seminar.');
    const { reading, role } = found;
    try {
      this.access.enforce(role ?? null, action);
    } catch (error) {
      throw error instanceof NotFoundError
        ? new NotFoundError('No such reading, or you are not a member of its seminar.')
        : error;
    }
    return reading;
  }

  /** Readings by id (no authorisation: for fields of an already authorised parent). */
  byIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<ReadingEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager
      .getRepository(ReadingEntity)
      .createQueryBuilder('r')
      .where('r.id IN (:...ids)', { ids })
      .orderBy('r.created_at')
      .getMany();
  }

  /** Revision texts by revision id, batched per request. */
  texts(viewer: Viewer): DataLoader<string, string> {
    return viewer.loaders.for(
      this.texts,
      () =>
        new DataLoader<string, string>(async (ids) => {
          const rows: Array<{ id: string; text: string }> = await this.dataSource.query(
            'SELECT id, text FROM reading_revisions WHERE id = ANY($1)',
            [ids],
          );
          const byId = new Map(rows.map((r) => [r.id, r.text]));
          return ids.map((id) => byId.get(id) ?? new Error(`revision ${id} not found`));
        }),
    );
  }

  readingCounts(viewer: Viewer): DataLoader<string, number> {
    return viewer.loaders.for(this.readingCounts, () => countLoader(this.dataSource, 'readings', 'seminar_id'));
  }

  private byClientId(viewer: Viewer, clientId: string): Promise<ReadingEntity | null> {
    return this.dataSource.manager.findOneBy(ReadingEntity, { createdBy: viewer.userId, clientId });
  }
}
