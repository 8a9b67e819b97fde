import { AuthorMasks } from '../anonymity/author-masks';
import { Injectable } from '@nestjs/common';
import { Moderation } from '../posts/moderation-state';
import { AnnotationInterchange } from '../annotations/annotation-interchange';
import { UsersService } from '../auth/users.service';
import { BadUserInputError, NotFoundError } from '../errors/glossa-error';
import { downloadSlug } from '../http/download-name';
import type { Viewer } from '../auth/viewer';
import type { ReadingEntity } from '../readings/reading.entity';
import { pageAt } from '../readings/reading-structure';
import { ReadingsService } from '../readings/readings.service';
import type { SeminarEntity } from '../seminars/seminar.entity';
import { SeminarsService } from '../seminars/seminars.service';
import { ThreadInterchange } from '../threads/thread-interchange';
import { renderDiscussionMarkdown } from './discussion-markdown.renderer';
import { ExchangeAnnotation, ExchangeDocument, ExchangePerson, ExchangeReply } from './exchange-document';
import { glossaIri, readingIri } from './glossa-iri';
import { renderHypothesis } from './hypothesis.renderer';
import { ImportLedger } from './import-ledger';
import { ExportFormat, FILE_SUFFIXES, MEDIA_TYPES } from './interchange-format';
import { AnnotationExportModel } from './interchange.models';
import { renderWebAnnotations } from './web-annotation.renderer';

/**
 * Exports what the viewer may see of a seminar's (or one reading's) annotations and replies: the
 * same rules as the reading view, so someone else's private annotation (and its thread) never
 * leaves, and observers may export what they can read.
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly seminars: SeminarsService,
    private readonly readings: ReadingsService,
    private readonly annotations: AnnotationInterchange,
    private readonly threads: ThreadInterchange,
    private readonly users: UsersService,
    private readonly ledger: ImportLedger,
    private readonly masks: AuthorMasks,
  ) {}

  async export(
    viewer: Viewer,
    scope: { seminarId?: string; readingId?: string },
    format: ExportFormat,
    now = new Date(),
  ): Promise<AnnotationExportModel> {
    const { seminar, reading, doc } = await this.snapshot(viewer, scope);
    let content: string;
    if (format === ExportFormat.MARKDOWN) {
      if (!reading) throw new BadUserInputError('A Markdown discussion is exported per reading: give a readingId.');
      content = renderDiscussionMarkdown(doc, {
        seminarName: seminar.name,
        revisionNumber: reading.currentRevisionNumber,
        generated: now,
      });
    } else {
      const rendered =
        format === ExportFormat.WEB_ANNOTATION
          ? renderWebAnnotations(doc, {
              id: `${reading ? glossaIri('reading', reading.id) : glossaIri('seminar', seminar.id)}:annotations`,
              label: doc.title ?? seminar.name,
              generated: now,
            })
          : renderHypothesis(doc, seminar.id);
      content = JSON.stringify(rendered, null, 2);
    }
    return Object.assign(new AnnotationExportModel(), {
      format,
      mediaType: MEDIA_TYPES[format],
      filename: `${downloadSlug(reading?.title ?? seminar.name, 'glossa')}.${FILE_SUFFIXES[format]}`,
      content,
      annotationCount: doc.annotations.length,
      replyCount: doc.replies.length,
    });
  }

  /** The document the formats render: the scope authorised, its readings, annotations and replies. */
  private async snapshot(
    viewer: Viewer,
    scope: { seminarId?: string; readingId?: string },
  ): Promise<{ seminar: SeminarEntity; reading: ReadingEntity | null; doc: ExchangeDocument }> {
    if (!scope.seminarId && !scope.readingId)
      throw new BadUserInputError('Say what to export: a seminarId or a readingId.');
    const reading = scope.readingId ? await this.readings.get(viewer, scope.readingId) : null;
    if (reading && scope.seminarId && reading.seminarId !== scope.seminarId)
      throw new NotFoundError('No such reading in this seminar.');
    const seminar = await this.seminars.get(viewer, reading?.seminarId ?? (scope.seminarId as string));
    const readings = reading ? [reading] : await this.readings.inSeminar(seminar.id);
    const annotations = await this.annotations.exportable(viewer, {
      seminarId: seminar.id,
      readingId: reading?.id,
    });
    const replies = await this.threads.exportableReplies(
      viewer,
      annotations.map((a) => a.threadId),
    );
    const posts = [...annotations.map((a) => a.id), ...replies.map((r) => r.id)];
    const provenance = posts.length ? await this.ledger.provenanceOf(posts) : [];
    const origin = new Map(posts.map((id, i) => [id, provenance[i]]));
    const authorIds = [...new Set([...annotations, ...replies].map((p) => p.authorId))];
    const people = await this.users.byId(viewer.loaders).loadMany(authorIds);
    // Authors as the exporter may see them: pseudonyms and opaque ids for a peer of an anonymous seminar.
    const shown = await this.masks.users(
      viewer,
      { seminarId: seminar.id, debateId: null },
      authorIds.map((id, i) => {
        const person = people[i];
        return { id, person: person && !(person instanceof Error) ? person : null };
      }),
    );
    const shownById = new Map(authorIds.map((id, i) => [id, shown[i]]));
    const creator = (authorId: string): ExchangePerson => ({
      iri: glossaIri('user', shownById.get(authorId)?.id ?? authorId),
      name: shownById.get(authorId)?.displayName ?? 'Former member',
      email: null,
    });
    const iris = new Map(readings.map((r) => [r.id, readingIri(r)]));
    // Each passage's page in the revision its selectors describe (one batched statement).
    const revisions = await this.readings
      .revisions(viewer)
      .loadMany([...new Set(annotations.map((a) => `${a.readingId}:${a.revisionNumber}`))]);
    const pagesOf = new Map(
      revisions.flatMap((r) => (r && !(r instanceof Error) ? [[`${r.readingId}:${r.number}`, r.pages ?? []]] : [])),
    );
    const annotationOfThread = new Map(annotations.map((a) => [a.threadId, a.id]));

    const exportedAnnotations = annotations.map((a): ExchangeAnnotation => {
      const gone = a.deletedAt ?? (a.moderation === Moderation.REMOVED ? a.updatedAt : null);
      return {
        id: glossaIri('annotation', a.id),
        via: origin.get(a.id)?.sourceId ?? null,
        readingIri: iris.get(a.readingId) as string,
        motivation: a.motivation,
        body: gone ? '' : a.body,
        tags: gone ? [] : a.tags,
        color: a.color as ExchangeAnnotation['color'],
        visibility: a.visibility,
        quote: { exact: a.quoteExact, prefix: a.quotePrefix, suffix: a.quoteSuffix },
        position: { start: a.positionStart, end: a.positionEnd },
        page: pageAt(pagesOf.get(`${a.readingId}:${a.revisionNumber}`) ?? [], a.positionStart),
        anchorStatus: a.anchorStatus,
        creator: creator(a.authorId),
        created: a.createdAt,
        modified: a.editedAt,
        deleted: gone,
        originalAuthor: origin.get(a.id)?.originalAuthor ?? null,
      };
    });
    const exportedReplies = replies.map((r): ExchangeReply => {
      const gone = r.deletedAt ?? (r.moderation === Moderation.REMOVED ? r.updatedAt : null);
      return {
        id: glossaIri('reply', r.id),
        via: origin.get(r.id)?.sourceId ?? null,
        inReplyTo: r.parentId
          ? glossaIri('reply', r.parentId)
          : glossaIri('annotation', annotationOfThread.get(r.threadId) as string),
        body: gone ? '' : r.body,
        creator: creator(r.authorId),
        created: r.createdAt,
        modified: r.editedAt,
        deleted: gone,
        originalAuthor: origin.get(r.id)?.originalAuthor ?? null,
      };
    });
    return {
      seminar,
      reading,
      doc: {
        title: reading ? `${seminar.name}: ${reading.title}` : seminar.name,
        readings: readings.map((r) => ({
          iri: iris.get(r.id) as string,
          title: r.title,
          author: r.author || null,
          source: r.source || null,
        })),
        annotations: exportedAnnotations,
        replies: exportedReplies,
        problems: [],
      },
    };
  }
}
