import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { TransactionRunner } from '../database/transaction-runner';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors/glossa-error';
import { AnnotationRevisionPreview, RevisionPreview } from '../annotations/revision-preview';
import type { ReadingEntity } from '../readings/reading.entity';
import type { TextStructure } from '../readings/reading-structure';
import { acceptReadingText } from '../readings/reading-text';
import { ReadingsService } from '../readings/readings.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { DocumentUpload, UPLOAD_COLUMNS, UPLOAD_FROM } from './document-upload';
import { ReviseReadingFromUploadInput } from './upload-revision.inputs';

const GONE = 'No such upload, or it is not yours.';

/**
 * A converted upload as the next revision of a reading (docs/documents.md, "Revising a reading"):
 * previewed first with the dry run of re-anchoring, then saved with its blocks and pages. The upload
 * id is the idempotency key: saving it again answers with the reading it revised.
 */
@Injectable()
export class UploadRevisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly readings: ReadingsService,
    private readonly previews: AnnotationRevisionPreview,
  ) {}

  async preview(viewer: Viewer, uploadId: string, readingId: string): Promise<RevisionPreview> {
    const reading = await this.readings.authorize(viewer, readingId, SeminarAction.REVISE_READING);
    const upload = await this.upload(this.dataSource.manager, viewer, uploadId, reading);
    if (upload.status === 'SAVED') throw this.alreadySaved(upload, reading);
    return this.previews.preview(viewer, readingId, this.converted(upload).text);
  }

  async revise(viewer: Viewer, input: ReviseReadingFromUploadInput): Promise<ReadingEntity> {
    return this.transactions.run(async (tx) => {
      const reading = await this.readings.authorize(viewer, input.readingId, SeminarAction.REVISE_READING, tx.manager);
      const upload = await this.upload(tx.manager, viewer, input.uploadId, reading, true);
      // A retry of a revision that went through: the reading it made.
      if (upload.status === 'SAVED' && upload.readingId === reading.id && upload.requested === null)
        return reading;
      if (upload.status === 'SAVED') throw this.alreadySaved(upload, reading);
      const { text, structure } = this.converted(upload);
      const revised = await this.readings.reviseInTransaction(
        tx,
        viewer,
        { readingId: reading.id, note: input.note, baseRevision: input.baseRevision, clientId: input.clientId },
        text,
        structure,
      );
      await tx.manager.query(
        `UPDATE document_uploads SET status = 'SAVED', reading_id = $2, revision_number = $3, converted = NULL
          WHERE id = $1`,
        [upload.id, revised.id, revised.currentRevisionNumber],
      );
      return revised;
    });
  }

  /** The viewer's upload to the reading's seminar, not already on its way to becoming a new reading. */
  private async upload(
    manager: EntityManager,
    viewer: Viewer,
    uploadId: string,
    reading: ReadingEntity,
    lock = false,
  ): Promise<DocumentUpload> {
    const rows: DocumentUpload[] = await manager.query(
      `SELECT ${UPLOAD_COLUMNS} FROM ${UPLOAD_FROM} WHERE u.id = $1${lock ? ' FOR UPDATE OF u' : ''}`,
      [uploadId],
    );
    const upload = rows[0];
    if (!upload || upload.uploadedBy !== viewer.userId || upload.seminarId !== reading.seminarId)
      throw new NotFoundError(GONE);
    if (upload.requested !== null && upload.status !== 'SAVED')
      throw new ConflictError('This upload is already being saved as a new reading.');
    return upload;
  }

  private converted(upload: DocumentUpload): { text: string; structure: TextStructure } {
    if (upload.status === 'FAILED') throw new BadUserInputError(upload.error ?? 'The document could not be converted.');
    if (upload.status === 'CONVERTING' || !upload.converted)
      throw new BadUserInputError('The file is still being converted; ask again when its status is CONVERTED.');
    return { text: acceptReadingText(upload.converted.text), structure: upload.converted.structure };
  }

  private alreadySaved(upload: DocumentUpload, reading: ReadingEntity): ConflictError {
    return new ConflictError(
      upload.readingId === reading.id
        ? 'This upload is already a revision of this reading.'
        : 'This upload is already saved as another reading.',
    );
  }
}
