import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AnnotationModel } from '../annotations/annotation.model';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { RequestContext } from '../graphql/request-context';
import { ReplyModel } from '../threads/thread.models';
import { ExportAnnotationsInput, ImportAnnotationsInput, PreviewAnnotationImportInput } from './dto/interchange.inputs';
import { ExportService } from './export.service';
import { ImportLedger } from './import-ledger';
import { ImportService } from './import.service';
import {
  AnnotationExportModel,
  AnnotationImportModel,
  AnnotationImportPreviewModel,
  ImportProvenanceModel,
} from './interchange.models';

@Resolver()
export class InterchangeResolver {
  constructor(
    private readonly exports: ExportService,
    private readonly imports: ImportService,
  ) {}

  @Query(() => AnnotationExportModel, {
    description:
      'Exports the annotations and replies I may see, of a seminar or one reading, as W3C Web Annotation JSON-LD or Hypothesis JSON; or one reading’s discussion as Markdown.',
  })
  exportAnnotations(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ExportAnnotationsInput,
  ): Promise<AnnotationExportModel> {
    return this.exports.export(viewer, input, input.format);
  }

  @Query(() => AnnotationImportPreviewModel, {
    description:
      'What importing this file into the seminar would do (members and above), worked out as importAnnotations does; writes nothing.',
  })
  async previewAnnotationImport(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PreviewAnnotationImportInput,
  ): Promise<AnnotationImportPreviewModel> {
    const { format, report } = await this.imports.preview(viewer, input);
    return AnnotationImportPreviewModel.from(format, report);
  }

  @Mutation(() => AnnotationImportModel, {
    description:
      'Imports an export (W3C Web Annotation or Hypothesis JSON) into a seminar (members and above): passages re-anchored, authors mapped, threads kept, duplicates skipped.',
  })
  async importAnnotations(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ImportAnnotationsInput,
  ): Promise<AnnotationImportModel> {
    return AnnotationImportModel.from(await this.imports.import(viewer, input));
  }
}

/** `importedFrom` on annotations: where an imported one came from. */
@Resolver(() => AnnotationModel)
export class AnnotationProvenanceResolver {
  constructor(private readonly ledger: ImportLedger) {}

  @ResolveField(() => ImportProvenanceModel, { nullable: true, description: 'Set when it was imported.' })
  importedFrom(
    @Parent() annotation: AnnotationModel,
    @Context() context: RequestContext,
  ): Promise<ImportProvenanceModel | null> {
    return this.ledger.provenance(context.loaders).load(annotation.id);
  }
}

/** `importedFrom` on replies. */
@Resolver(() => ReplyModel)
export class ReplyProvenanceResolver {
  constructor(private readonly ledger: ImportLedger) {}

  @ResolveField(() => ImportProvenanceModel, { nullable: true, description: 'Set when it was imported.' })
  importedFrom(@Parent() reply: ReplyModel, @Context() context: RequestContext): Promise<ImportProvenanceModel | null> {
    return this.ledger.provenance(context.loaders).load(reply.id);
  }
}
