import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { AnnotationModel } from './annotation.model';
import { AnnotationRefInput } from './dto/annotation.inputs';
import { PreviewRevisionInput, ReattachAnnotationInput } from './dto/orphan-review.inputs';
import { OrphanReview } from './orphan-review';
import { AnnotationRevisionPreview } from './revision-preview';
import { RevisionPreviewModel } from './revision-preview.model';

/** Revising a reading without losing annotations: the dry run before, the orphan review after. */
@Resolver()
export class OrphanReviewResolver {
  constructor(
    private readonly previews: AnnotationRevisionPreview,
    private readonly review: OrphanReview,
  ) {}

  @Query(() => RevisionPreviewModel, {
    description:
      'What saving this text as the reading’s next revision would do to its annotations (owners and moderators); writes nothing.',
  })
  async previewReadingRevision(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PreviewRevisionInput,
  ): Promise<RevisionPreviewModel> {
    return RevisionPreviewModel.from(await this.previews.preview(viewer, input.readingId, input.text));
  }

  @Mutation(() => AnnotationModel, {
    description: 'Attaches an orphaned annotation to words selected in the current text (its author or a moderator).',
  })
  async reattachAnnotation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReattachAnnotationInput,
  ): Promise<AnnotationModel> {
    return AnnotationModel.from(await this.review.reattach(viewer, input));
  }

  @Mutation(() => AnnotationModel, {
    description:
      'Takes an orphaned annotation off the review list (its author or a moderator); it keeps its quote and thread.',
  })
  async dismissOrphanedAnnotation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AnnotationRefInput,
  ): Promise<AnnotationModel> {
    return AnnotationModel.from(await this.review.dismiss(viewer, input.annotationId));
  }
}
