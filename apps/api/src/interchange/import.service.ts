import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AnnotationInterchange } from '../annotations/annotation-interchange';
import { isUniqueViolation, TransactionRunner } from '../database/transaction-runner';
import { BadUserInputError, NotFoundError } from '../errors/glossa-error';
import type { Viewer } from '../auth/viewer';
import { ReadingsService } from '../readings/readings.service';
import { Role } from '../seminars/role';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { SeminarsService } from '../seminars/seminars.service';
import { ThreadInterchange } from '../threads/thread-interchange';
import { AuthorMatcher } from './author-matcher';
import { ImportAnnotationsInput, PreviewAnnotationImportInput } from './dto/interchange.inputs';
import { ExchangeDocument } from './exchange-document';
import { parseGlossaIri } from './glossa-iri';
import { parseHypothesis } from './hypothesis.parser';
import { ImportLedger } from './import-ledger';
import { canonicalKey, ExistingPost, ImportPlan, planImport, sourceKeys, TargetReading } from './import-plan';
import { ImportReport } from './import-report';
import { detectFormat, ImportFormat } from './interchange-format';
import { ImportRecord } from './interchange.models';
import { matchReadings } from './reading-matcher';
import { parseWebAnnotations } from './web-annotation.parser';
import { EntityManager } from 'typeorm';

/** Posts one import may carry (annotations and replies together); a larger export is split. */
export const MAX_IMPORTED_POSTS = 20_000;

/**
 * Imports annotations and replies exported from Glossa, another W3C Web Annotation tool or
 * Hypothesis into a seminar, in one transaction: readings matched, passages re-anchored in the
 * current text (orphans kept and reported), authors mapped, threads kept, duplicates skipped.
 *
 * Importing is annotating: members and above may import (ANNOTATE), observers may not. What a
 * member imports is theirs unless they run the seminar (see AuthorMatcher).
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: SeminarAccessService,
    private readonly seminars: SeminarsService,
    private readonly readings: ReadingsService,
    private readonly annotations: AnnotationInterchange,
    private readonly threads: ThreadInterchange,
    private readonly ledger: ImportLedger,
  ) {}

  async import(viewer: Viewer, input: ImportAnnotationsInput): Promise<ImportRecord> {
    // Authorise before reading the file, so an outsider learns nothing from how it is parsed.
    await this.access.require(viewer, input.seminarId, SeminarAction.ANNOTATE);
    const previous = await this.ledger.byClientId(viewer.userId, input.clientId);
    if (previous) return previous;
    const { format, doc } = read(input);
    try {
      return await this.transactions.run(async (tx) => {
        const role = await this.access.require(viewer, input.seminarId, SeminarAction.ANNOTATE, tx.manager);
        // One import at a time per seminar: the second sees what the first brought in, and skips it.
        await tx.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
          `annotation-import:${input.seminarId}`,
        ]);
        const again = await this.ledger.byClientId(viewer.userId, input.clientId, tx.manager);
        if (again) return again;

        const plan = await this.plan(viewer, input, doc, role, tx.manager);
        const record = await this.ledger.record(
          tx,
          {
            id: randomUUID(),
            seminarId: input.seminarId,
            importerId: viewer.userId,
            clientId: input.clientId,
            format,
            report: plan.report,
          },
          plan.sources,
        );
        await this.annotations.insertImported(tx, viewer, plan.annotations);
        await this.threads.insertImported(tx, viewer, plan.replies);
        return record;
      });
    } catch (error) {
      // Two copies of one retried request raced: the second answers with the first's report.
      if (isUniqueViolation(error, 'annotation_imports_client_id_key')) {
        const winner = await this.ledger.byClientId(viewer.userId, input.clientId);
        if (winner) return winner;
      }
      throw error;
    }
  }

  /**
   * What importing the file would do, worked out by the same plan as `import` and written nowhere:
   * the preview a person sees before they import. Its figures are the import's as long as nobody
   * changes the seminar in between (an import in between makes duplicates of what it brought in).
   */
  async preview(
    viewer: Viewer,
    input: PreviewAnnotationImportInput,
  ): Promise<{ format: ImportFormat; report: ImportReport }> {
    await this.access.require(viewer, input.seminarId, SeminarAction.ANNOTATE);
    const { format, doc } = read(input);
    return this.transactions.run(async (tx) => {
      const role = await this.access.require(viewer, input.seminarId, SeminarAction.ANNOTATE, tx.manager);
      return { format, report: (await this.plan(viewer, input, doc, role, tx.manager)).report };
    });
  }

  /** Plans the import of `doc` into the seminar as it is now: readings matched, texts, roster, duplicates. */
  private async plan(
    viewer: Viewer,
    input: PreviewAnnotationImportInput,
    doc: ExchangeDocument,
    role: Role,
    manager: EntityManager,
  ): Promise<ImportPlan> {
    const readings = await this.readings.inSeminar(input.seminarId, manager);
    const into = input.readingId ? (readings.find((r) => r.id === input.readingId) ?? null) : null;
    if (input.readingId && !into) throw new NotFoundError('No such reading in this seminar.');
    const matched = matchReadings(doc.readings, readings, into);
    const texts = new Map<string, TargetReading>();
    for (const reading of new Set(matched.values()))
      texts.set(reading.id, {
        id: reading.id,
        revisionNumber: reading.currentRevisionNumber,
        text: (await this.readings.revisionText(reading.id, reading.currentRevisionNumber, manager)) ?? '',
      });
    const roster = await this.seminars.roster(input.seminarId, manager);
    return planImport(doc, {
      seminarId: input.seminarId,
      importerId: viewer.userId,
      authors: new AuthorMatcher(roster, viewer, role === Role.OWNER || role === Role.MODERATOR),
      readings: new Map([...matched].map(([iri, reading]) => [iri, texts.get(reading.id) as TargetReading])),
      existing: await this.existing(input.seminarId, doc, manager),
      newId: randomUUID,
    });
  }

  /**
   * The posts of this seminar a document names (by its ids, the ids they were copied from, and the
   * posts its replies answer): imported before, or Glossa's own exported from here.
   */
  private async existing(
    seminarId: string,
    doc: ExchangeDocument,
    manager: EntityManager,
  ): Promise<Map<string, ExistingPost>> {
    const keys = new Set([
      ...[...doc.annotations, ...doc.replies].flatMap(sourceKeys),
      ...doc.replies.map((r) => canonicalKey(r.inReplyTo)),
    ]);
    const imported = await this.ledger.postsFrom(seminarId, [...keys], manager);
    const wanted = { annotation: new Set<string>(), reply: new Set<string>() };
    for (const row of imported) wanted[row.kind].add(row.postId);
    for (const key of keys) {
      const glossa = parseGlossaIri(key);
      if (glossa?.thing === 'annotation' || glossa?.thing === 'reply') wanted[glossa.thing].add(glossa.id);
    }
    const annotations = await this.annotations.inSeminar(seminarId, [...wanted.annotation], manager);
    const replies = await this.threads.repliesInSeminar(seminarId, [...wanted.reply], manager);
    const post = (kind: 'annotation' | 'reply', id: string): ExistingPost | null => {
      if (kind === 'annotation') {
        const a = annotations.get(id);
        return a ? { kind, id, threadId: a.threadId, depth: -1, privateTo: a.privateTo } : null;
      }
      const r = replies.get(id);
      return r ? { kind, id, threadId: r.threadId, depth: r.depth, privateTo: r.privateTo } : null;
    };
    const existing = new Map<string, ExistingPost>();
    for (const row of imported) {
      const found = post(row.kind, row.postId);
      if (found) existing.set(row.key, found);
    }
    for (const key of keys) {
      const glossa = parseGlossaIri(key);
      if (glossa?.thing !== 'annotation' && glossa?.thing !== 'reply') continue;
      const found = post(glossa.thing, glossa.id);
      if (found) existing.set(key, found);
    }
    return existing;
  }
}

/** Parses the uploaded file in the format given or recognised. */
function read(input: PreviewAnnotationImportInput): { format: ImportFormat; doc: ExchangeDocument } {
  let json: unknown;
  try {
    json = JSON.parse(input.document);
  } catch {
    throw new BadUserInputError('The document is not JSON: export W3C Web Annotation JSON-LD or Hypothesis JSON.');
  }
  const format = input.format ?? detectFormat(json);
  if (!format)
    throw new BadUserInputError('Neither W3C Web Annotation JSON-LD nor Hypothesis API JSON: which format is it?');
  const doc = format === ImportFormat.WEB_ANNOTATION ? parseWebAnnotations(json) : parseHypothesis(json);
  const posts = doc.annotations.length + doc.replies.length;
  if (posts > MAX_IMPORTED_POSTS)
    throw new BadUserInputError(`The document holds ${posts} posts; import at most ${MAX_IMPORTED_POSTS} at a time.`);
  return { format, doc };
}
