import { Field, ID, Int, InterfaceType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ExportFormat, ImportFormat } from './interchange-format';
import { ImportReport } from './import-report';

registerEnumType(ExportFormat, { name: 'ExportFormat' });
registerEnumType(ImportFormat, { name: 'ImportFormat' });

@ObjectType('AnnotationExport', { description: 'An export, ready to save as a file.' })
export class AnnotationExportModel {
  @Field(() => ExportFormat) format!: ExportFormat;
  @Field() mediaType!: string;
  @Field() filename!: string;
  @Field({ description: 'The file itself (JSON or Markdown text).' }) content!: string;
  @Field(() => Int) annotationCount!: number;
  @Field(() => Int) replyCount!: number;
}

@ObjectType('ImportedOrphan', { description: 'An imported annotation whose passage is not in the current text.' })
export class ImportedOrphanModel {
  @Field() sourceId!: string;
  @Field() quote!: string;
}

@ObjectType('ImportAttribution', { description: 'A post imported in the importer’s name.' })
export class ImportAttributionModel {
  @Field() sourceId!: string;
  @Field() originalAuthor!: string;
}

@ObjectType('ImportAuthor', { description: 'A member whose posts an import keeps in their own name.' })
export class ImportAuthorModel {
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field(() => Int, { description: 'Annotations and replies.' }) posts!: number;
}

@ObjectType('UnmatchedReading', { description: 'A reading of the document that matched none of the seminar.' })
export class UnmatchedReadingModel {
  @Field() iri!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => Int) annotations!: number;
}

@ObjectType('ImportSkip')
export class ImportSkipModel {
  @Field(() => String, { nullable: true }) sourceId!: string | null;
  @Field() reason!: string;
}

@InterfaceType('ImportOutcome', {
  description: 'Where an import’s posts go, whose they are, and what stays out: foreseen by a preview, found by an import.',
})
export abstract class ImportOutcomeModel {
  @Field(() => [ImportedOrphanModel], { description: 'Annotations whose passage is not in the current text.' })
  orphaned!: ImportedOrphanModel[];
  @Field(() => [ImportAttributionModel]) attributedToImporter!: ImportAttributionModel[];
  @Field(() => [ImportAuthorModel]) authorsMatched!: ImportAuthorModel[];
  @Field(() => [UnmatchedReadingModel]) unmatchedReadings!: UnmatchedReadingModel[];
  @Field(() => [ImportSkipModel]) skipped!: ImportSkipModel[];
}

@ObjectType('AnnotationImport', {
  description: 'What an import brought in, skipped and could not place.',
  implements: () => [ImportOutcomeModel],
})
export class AnnotationImportModel extends ImportOutcomeModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) seminarId!: string;
  @Field(() => ImportFormat) format!: ImportFormat;
  @Field() createdAt!: Date;
  @Field(() => Int) annotationsImported!: number;
  @Field(() => Int) repliesImported!: number;
  @Field(() => Int, { description: 'Posts this seminar already holds (imported before, or exported from here).' })
  duplicatesSkipped!: number;

  static from(record: ImportRecord): AnnotationImportModel {
    return Object.assign(new AnnotationImportModel(), {
      id: record.id,
      seminarId: record.seminarId,
      format: record.format,
      createdAt: record.createdAt,
      ...record.report,
      // Reports stored before authors were counted have none.
      authorsMatched: record.report.authorsMatched ?? [],
    });
  }
}

@ObjectType('AnnotationImportPreview', {
  description: 'What importing a file would do, worked out the same way as the import itself; nothing is written.',
  implements: () => [ImportOutcomeModel],
})
export class AnnotationImportPreviewModel extends ImportOutcomeModel {
  @Field(() => ImportFormat) format!: ImportFormat;
  @Field(() => Int) annotationsToImport!: number;
  @Field(() => Int) repliesToImport!: number;
  @Field(() => Int, { description: 'Posts this seminar already holds: they would be skipped.' })
  duplicatesToSkip!: number;

  static from(format: ImportFormat, report: ImportReport): AnnotationImportPreviewModel {
    return Object.assign(new AnnotationImportPreviewModel(), {
      format,
      annotationsToImport: report.annotationsImported,
      repliesToImport: report.repliesImported,
      duplicatesToSkip: report.duplicatesSkipped,
      orphaned: report.orphaned,
      attributedToImporter: report.attributedToImporter,
      authorsMatched: report.authorsMatched,
      unmatchedReadings: report.unmatchedReadings,
      skipped: report.skipped,
    });
  }
}

@ObjectType('ImportProvenance', { description: 'Where an imported post came from.' })
export class ImportProvenanceModel {
  @Field({ description: 'Its id in the imported file.' }) sourceId!: string;
  @Field(() => ID) importId!: string;
  @Field() importedAt!: Date;
  @Field(() => String, {
    nullable: true,
    description: 'Who wrote it at the source, when it was attributed to the person who imported it.',
  })
  originalAuthor!: string | null;
}

export interface ImportRecord {
  id: string;
  seminarId: string;
  format: ImportFormat;
  createdAt: Date;
  report: ImportReport;
}
