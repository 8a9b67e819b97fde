import { createHash } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Viewer, viewerFor } from '../auth/viewer';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { BadUserInputError, NotFoundError } from '../errors/glossa-error';
import { Job, JobQueue } from '../jobs/job-queue';
import { ReadingFormat } from '../readings/reading-format';
import { acceptReadingText } from '../readings/reading-text';
import { ReadingsService } from '../readings/readings.service';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { convertDocument } from './convert-document';
import { DocumentKind } from './converted-document';
import { DocumentUpload, RequestedReading, StoredOriginal, UPLOAD_COLUMNS, UPLOAD_FROM } from './document-upload';
import { openPdf } from './pdf-converter';
import { sniffDocument } from './sniff-document';

export const CONVERT_QUEUE = 'document.convert';

const GONE = 'No such upload, or it is not yours.';

/**
 * Uploaded originals and their conversion into readings (docs/documents.md): the file is checked
 * and stored with its checksum, a `document.convert` job converts it, and the reading is created
 * when both the conversion and the uploader's choice of title are there — whichever comes last.
 */
@Injectable()
export class DocumentUploadsService implements OnModuleInit {
  private readonly maxBytes: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: SeminarAccessService,
    private readonly readings: ReadingsService,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'documents'>,
  ) {
    this.maxBytes = config.documents.maxBytes;
  }

  onModuleInit(): void {
    this.jobs.register<{ uploadId: string }>(CONVERT_QUEUE, {
      run: (job) => this.convert(job),
      failed: (job, error) => this.markFailed(job.payload.uploadId, error),
    });
  }

  get limitBytes(): number {
    return this.maxBytes;
  }

  /** Checks and stores an uploaded original, and queues its conversion; nothing is stored for a refused file. */
  async receive(viewer: Viewer, seminarId: string, filename: string, bytes: Buffer): Promise<DocumentUpload> {
    await this.access.requireInRequest(viewer, seminarId, SeminarAction.ADD_READING);
    return this.store(viewer, seminarId, { filename, bytes, kind: await sniffDocument(bytes) });
  }

  /**
   * Stores an original whose kind is known (the caller may add readings to the seminar), and queues
   * its conversion. With a `clientId` already used by this person, the first upload is returned.
   */
  async store(viewer: Viewer, seminarId: string, original: StoredOriginal): Promise<DocumentUpload> {
    const { bytes, kind } = original;
    if (bytes.length > this.maxBytes) throw this.tooLarge(bytes.length);
    if (kind === 'PDF') await (await openPdf(bytes)).destroy();
    const name = cleanFilename(original.filename, kind);
    const id = await this.transactions.run(async ({ manager }) => {
      const rows: Array<{ id: string }> = await manager.query(
        `INSERT INTO document_uploads (seminar_id, uploaded_by, filename, media_type, size, sha256, content, source_url, client_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (uploaded_by, client_id) WHERE client_id IS NOT NULL DO NOTHING RETURNING id`,
        [
          seminarId,
          viewer.userId,
          name,
          kind,
          bytes.length,
          createHash('sha256').update(bytes).digest('hex'),
          bytes,
          original.sourceUrl ?? null,
          original.clientId ?? null,
        ],
      );
      // A retry that raced its first copy: the first one stands.
      if (!rows[0]) return (await this.byClientId(viewer, original.clientId ?? '', manager))?.id ?? null;
      const jobId = await this.jobs.enqueue(manager, CONVERT_QUEUE, { uploadId: rows[0].id });
      await manager.query(`UPDATE document_uploads SET job_id = $2 WHERE id = $1`, [rows[0].id, jobId]);
      return rows[0].id;
    });
    if (!id) throw new NotFoundError(GONE);
    return this.find(this.dataSource.manager, id) as Promise<DocumentUpload>;
  }

  /** This person's upload made with `clientId`, if there is one. */
  async byClientId(viewer: Viewer, clientId: string, manager = this.dataSource.manager): Promise<DocumentUpload | null> {
    const rows: DocumentUpload[] = await manager.query(
      `SELECT ${UPLOAD_COLUMNS} FROM ${UPLOAD_FROM} WHERE u.uploaded_by = $1 AND u.client_id = $2`,
      [viewer.userId, clientId],
    );
    return rows[0] ?? null;
  }

  tooLarge(size: number): BadUserInputError {
    const shown = (n: number) =>
      n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
    return new BadUserInputError(`The file is ${shown(size)}; an upload may be at most ${shown(this.maxBytes)}.`);
  }

  /** An upload as its uploader sees it. */
  async get(viewer: Viewer, id: string): Promise<DocumentUpload> {
    const upload = await this.find(this.dataSource.manager, id);
    if (!upload || upload.uploadedBy !== viewer.userId) throw new NotFoundError(GONE);
    return upload;
  }

  /**
   * The uploader's title, author and source for the reading: it is created now if the conversion is
   * done, else by the conversion job when it is (and appears in the seminar through `reading.added`).
   * Saving again returns the same upload.
   */
  async save(viewer: Viewer, uploadId: string, requested: RequestedReading): Promise<DocumentUpload> {
    await this.transactions.run(async (tx) => {
      const upload = await this.find(tx.manager, uploadId, true);
      if (!upload || upload.uploadedBy !== viewer.userId) throw new NotFoundError(GONE);
      if (upload.status === 'FAILED')
        throw new BadUserInputError(upload.error ?? 'The document could not be converted.');
      if (upload.status === 'SAVED' || upload.requested) return;
      await tx.manager.query(`UPDATE document_uploads SET requested = $2 WHERE id = $1`, [uploadId, requested]);
      if (upload.status === 'CONVERTED') await this.createReading(tx, { ...upload, requested });
    });
    return (await this.find(this.dataSource.manager, uploadId)) as DocumentUpload;
  }

  /** The original of a reading's revision (the latest uploaded for it), for members of its seminar. */
  async original(viewer: Viewer, readingId: string): Promise<{ upload: DocumentUpload; content: Buffer } | null> {
    await this.readings.authorize(viewer, readingId, SeminarAction.VIEW);
    const rows: Array<DocumentUpload & { content: Buffer }> = await this.dataSource.query(
      `SELECT ${UPLOAD_COLUMNS}, u.content FROM ${UPLOAD_FROM}
        WHERE u.reading_id = $1 AND u.status = 'SAVED' ORDER BY u.revision_number DESC LIMIT 1`,
      [readingId],
    );
    if (!rows[0]) return null;
    const { content, ...upload } = rows[0];
    return { upload, content };
  }

  /** Originals' summaries by reading id (no authorisation: for fields of an authorised reading). */
  async originalsFor(readingIds: readonly string[]): Promise<Map<string, DocumentUpload>> {
    const rows: DocumentUpload[] = await this.dataSource.query(
      `SELECT DISTINCT ON (u.reading_id) ${UPLOAD_COLUMNS} FROM ${UPLOAD_FROM}
        WHERE u.reading_id = ANY($1) AND u.status = 'SAVED' ORDER BY u.reading_id, u.revision_number DESC`,
      [readingIds],
    );
    return new Map(rows.map((r) => [r.readingId as string, r]));
  }

  private async convert(job: Job<{ uploadId: string }>): Promise<void> {
    const rows: Array<{
      status: string;
      media_type: DocumentKind;
      filename: string;
      content: Buffer;
      source_url: string | null;
    }> = await this.dataSource.query(
      `SELECT status, media_type, filename, content, source_url FROM document_uploads WHERE id = $1`,
      [job.payload.uploadId],
    );
    // Already converted by an earlier attempt that died before marking its job done: nothing to do.
    if (!rows[0] || rows[0].status !== 'CONVERTING') return;
    const { media_type: kind, filename, content } = rows[0];
    const converted = await convertDocument(kind, content, filename, (f) => job.progress(f * 0.95));
    // A document fetched from the web is cited by its address, whatever it says of itself.
    if (rows[0].source_url) converted.metadata.source = rows[0].source_url;
    acceptReadingText(converted.text);
    await this.transactions.run(async (tx) => {
      const upload = await this.find(tx.manager, job.payload.uploadId, true);
      if (!upload || upload.status !== 'CONVERTING') return;
      await tx.manager.query(`UPDATE document_uploads SET status = 'CONVERTED', converted = $2 WHERE id = $1`, [
        upload.id,
        JSON.stringify(converted),
      ]);
      if (upload.requested) await this.createReading(tx, { ...upload, converted });
    });
  }

  private async createReading(tx: Transaction, upload: DocumentUpload): Promise<void> {
    const { converted, requested } = upload;
    if (!converted || !requested) return;
    const viewer = await this.viewerOf(upload.uploadedBy, tx.manager);
    const reading = await this.readings.addInTransaction(
      tx,
      viewer,
      {
        seminarId: upload.seminarId,
        title: requested.title || converted.metadata.title || upload.filename,
        author: requested.author,
        source: requested.source,
        format: ReadingFormat.PLAIN,
        clientId: requested.clientId ?? undefined,
      },
      acceptReadingText(converted.text),
      converted.structure,
    );
    await tx.manager.query(
      `UPDATE document_uploads SET status = 'SAVED', reading_id = $2, revision_number = 1, converted = NULL WHERE id = $1`,
      [upload.id, reading.id],
    );
  }

  /**
   * The uploader as the Viewer of this job; their role is checked again when the reading is created
   * (a moderator demoted meanwhile gets no reading). A job has no session of its own.
   */
  private async viewerOf(userId: string, manager: EntityManager): Promise<Viewer> {
    const rows: Array<{ email: string; display_name: string }> = await manager.query(
      `SELECT email, display_name FROM users WHERE id = $1`,
      [userId],
    );
    return viewerFor({
      userId,
      email: rows[0]?.email ?? '',
      displayName: rows[0]?.display_name ?? '',
      sessionId: `job:${userId}`,
    });
  }

  /** A conversion that cannot succeed: the upload says why, and its bytes are not kept. */
  private async markFailed(uploadId: string, error: Error): Promise<void> {
    const message = error instanceof BadUserInputError ? error.message : 'The document could not be converted.';
    await this.dataSource.query(
      `UPDATE document_uploads SET status = 'FAILED', error = $2, content = ''::bytea, converted = NULL WHERE id = $1`,
      [uploadId, message],
    );
  }

  private async find(manager: EntityManager, id: string, lock = false): Promise<DocumentUpload | null> {
    const rows: DocumentUpload[] = await manager.query(
      `SELECT ${UPLOAD_COLUMNS} FROM ${UPLOAD_FROM} WHERE u.id = $1${lock ? ' FOR UPDATE OF u' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }
}

const EXTENSIONS: Record<DocumentKind, string> = {
  PDF: 'pdf',
  DOCX: 'docx',
  HTML: 'html',
  MARKDOWN: 'md',
  TEXT: 'txt',
};

/** A safe download name: the uploader's name without paths or odd characters, with the real extension. */
function cleanFilename(name: string, kind: DocumentKind): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .replace(/\.[^.]*$/, '')
    .replace(/[^\p{L}\p{N} ._-]+/gu, '')
    .trim()
    .slice(0, 120);
  return `${base || 'document'}.${EXTENSIONS[kind]}`;
}
