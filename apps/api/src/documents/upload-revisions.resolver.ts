import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { RevisionPreviewModel } from '../annotations/revision-preview.model';
import { ReadingModel } from '../readings/reading.model';
import { PreviewUploadedRevisionInput, ReviseReadingFromUploadInput } from './upload-revision.inputs';
import { UploadRevisionsService } from './upload-revisions';

/** An uploaded file as a reading's next revision: the preview, then the revision. */
@Resolver()
export class UploadRevisionsResolver {
  constructor(private readonly revisions: UploadRevisionsService) {}

  @Query(() => RevisionPreviewModel, {
    description:
      'What saving your converted upload as the reading’s next revision would do to its annotations (owners and moderators); writes nothing.',
  })
  async previewUploadedRevision(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PreviewUploadedRevisionInput,
  ): Promise<RevisionPreviewModel> {
    return RevisionPreviewModel.from(await this.revisions.preview(viewer, input.uploadId, input.readingId));
  }

  @Mutation(() => ReadingModel, {
    description:
      'Saves your converted upload (with its blocks and pages) as the reading’s next revision, re-anchoring its annotations; the upload becomes its original. Saving it again changes nothing.',
  })
  async reviseReadingFromUpload(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReviseReadingFromUploadInput,
  ): Promise<ReadingModel> {
    return ReadingModel.from(await this.revisions.revise(viewer, input));
  }
}
