import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { Transaction } from '../database/transaction-runner';
import type { RequestLoaders } from '../batching/request-loaders';
import { ImportFormat } from './interchange-format';
import { ImportProvenanceModel, ImportRecord } from './interchange.models';
import { PlannedSource } from './import-plan';
import { ImportReport } from './import-report';

interface ImportRow {
  id: string;
  seminar_id: string;
  format: ImportFormat;
  created_at: Date;
  report: ImportReport;
}

/**
 * The interchange module's own tables: every import with its report, and where each imported post
 * came from (migration 1763900400000). Read and written here only.
 */
@Injectable()
export class ImportLedger {
  constructor(private readonly dataSource: DataSource) {}

  async byClientId(
    importerId: string,
    clientId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ImportRecord | null> {
    const rows: ImportRow[] = await manager.query(
      'SELECT id, seminar_id, format, created_at, report FROM annotation_imports WHERE imported_by = $1 AND client_id = $2',
      [importerId, clientId],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async record(
    tx: Transaction,
    entry: {
      id: string;
      seminarId: string;
      importerId: string;
      clientId: string;
      format: ImportFormat;
      report: ImportReport;
    },
    sources: readonly PlannedSource[],
  ): Promise<ImportRecord> {
    const [row]: ImportRow[] = await tx.manager.query(
      `INSERT INTO annotation_imports (id, seminar_id, imported_by, client_id, format, report)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, seminar_id, format, created_at, report`,
      [entry.id, entry.seminarId, entry.importerId, entry.clientId, entry.format, JSON.stringify(entry.report)],
    );
    if (sources.length > 0)
      await tx.manager.query(
        `INSERT INTO imported_posts (seminar_id, source_key, key_role, kind, post_id, import_id, original_author)
         SELECT $1, s.key, s.role, s.kind, s.item_id, $2, s.original_author
           FROM jsonb_to_recordset($3::jsonb) AS s(key text, role text, kind text, item_id uuid, original_author text)
         ON CONFLICT DO NOTHING`,
        [
          entry.seminarId,
          entry.id,
          JSON.stringify(
            sources.map((s) => ({
              key: s.key,
              role: s.role,
              kind: s.kind,
              item_id: s.itemId,
              original_author: s.originalAuthor,
            })),
          ),
        ],
      );
    return toRecord(row);
  }

  /** The posts of this seminar that came from any of these source keys. */
  async postsFrom(
    seminarId: string,
    keys: string[],
    manager: EntityManager,
  ): Promise<Array<{ key: string; kind: 'annotation' | 'reply'; postId: string }>> {
    if (keys.length === 0) return [];
    const rows: Array<{ source_key: string; kind: 'annotation' | 'reply'; post_id: string }> = await manager.query(
      'SELECT source_key, kind, post_id FROM imported_posts WHERE seminar_id = $1 AND source_key = ANY($2::text[])',
      [seminarId, keys],
    );
    return rows.map((r) => ({ key: r.source_key, kind: r.kind, postId: r.post_id }));
  }

  /** Where imported posts came from, by post id (null for a post made here), batched per request. */
  provenance(loaders: RequestLoaders): DataLoader<string, ImportProvenanceModel | null> {
    return loaders.for(this, () => new DataLoader((ids: readonly string[]) => this.provenanceOf(ids)));
  }

  async provenanceOf(ids: readonly string[]): Promise<Array<ImportProvenanceModel | null>> {
    const rows: Array<{
      post_id: string;
      source_key: string;
      import_id: string;
      created_at: Date;
      original_author: string | null;
    }> = await this.dataSource.query(
      `SELECT p.post_id, p.source_key, p.import_id, i.created_at, p.original_author
           FROM imported_posts p JOIN annotation_imports i ON i.id = p.import_id
          WHERE p.post_id = ANY($1::uuid[]) AND p.key_role = 'id'`,
      [ids],
    );
    const byId = new Map(
      rows.map((r) => [
        r.post_id,
        Object.assign(new ImportProvenanceModel(), {
          sourceId: r.source_key,
          importId: r.import_id,
          importedAt: r.created_at,
          originalAuthor: r.original_author,
        }),
      ]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }
}

function toRecord(row: ImportRow): ImportRecord {
  return { id: row.id, seminarId: row.seminar_id, format: row.format, createdAt: row.created_at, report: row.report };
}
