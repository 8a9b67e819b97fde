import type { TextStructure } from '../readings/reading-structure';
import type { DocumentKind } from './converted-document';

export type UploadStatus = 'CONVERTING' | 'CONVERTED' | 'SAVED' | 'FAILED';

/** What the uploader chose for the reading (title, author, source), kept until conversion ends. */
export interface RequestedReading {
  title: string;
  author: string;
  source: string;
  clientId: string | null;
}

/** An original on its way into `document_uploads`, its kind already read from its bytes. */
export interface StoredOriginal {
  filename: string;
  bytes: Buffer;
  kind: DocumentKind;
  /** The web address it was fetched from; the reading's source. */
  sourceUrl?: string;
  /** The client's id of the request, so that a retry returns the first upload. */
  clientId?: string;
}

/** A row of `document_uploads` without its bytes. */
export interface DocumentUpload {
  id: string;
  seminarId: string;
  readingId: string | null;
  uploadedBy: string;
  filename: string;
  kind: DocumentKind;
  size: number;
  sha256: string;
  sourceUrl: string | null;
  status: UploadStatus;
  error: string | null;
  converted: {
    text: string;
    structure: TextStructure;
    metadata: { title: string; author: string; source: string };
  } | null;
  requested: RequestedReading | null;
  jobId: string | null;
  progress: number;
  createdAt: Date;
}

export const UPLOAD_COLUMNS = `u.id, u.seminar_id AS "seminarId", u.reading_id AS "readingId", u.uploaded_by AS "uploadedBy",
  u.filename, u.media_type AS kind, u.source_url AS "sourceUrl", u.size, u.sha256, u.status, u.error, u.converted, u.requested,
  u.job_id AS "jobId", coalesce(j.progress, 0) AS progress, u.created_at AS "createdAt"`;

export const UPLOAD_FROM = `document_uploads u LEFT JOIN jobs j ON j.id = u.job_id`;
