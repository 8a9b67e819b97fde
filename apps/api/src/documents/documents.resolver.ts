import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { CurrentViewer, viewerOf } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { RequestContext } from '../graphql/request-context';
import { uuidArg } from '../graphql/uuid.pipe';
import { ReadingModel } from '../readings/reading.model';
import { DocumentUpload } from './document-upload';
import {
  DocumentUploadModel,
  ReadingOriginalModel,
  SaveUploadedReadingInput,
  UploadFromUrlInput,
} from './document-upload.model';
import { DocumentUploadsService } from './document-uploads.service';
import { WebDocumentsService } from './web-documents.service';

@Resolver(() => DocumentUploadModel)
export class DocumentUploadsResolver {
  constructor(
    private readonly uploads: DocumentUploadsService,
    private readonly web: WebDocumentsService,
  ) {}

  @Query(() => DocumentUploadModel, { description: 'One of your uploads (POST /documents/upload), with its progress.' })
  async documentUpload(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, uuidArg) id: string,
  ): Promise<DocumentUploadModel> {
    return DocumentUploadModel.from(await this.uploads.get(viewer, id));
  }

  @Mutation(() => DocumentUploadModel, {
    description:
      'Fetches a public web page or document (http/https) and starts its conversion, as POST /documents/upload does for a file; owners and moderators. Private and loopback addresses, non-documents, slow and oversized answers are BAD_USER_INPUT and store nothing.',
  })
  async uploadFromUrl(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UploadFromUrlInput,
  ): Promise<DocumentUploadModel> {
    return DocumentUploadModel.from(
      await this.web.fetch(viewer, { seminarId: input.seminarId, url: input.url.trim(), clientId: input.clientId }),
    );
  }

  @Mutation(() => DocumentUploadModel, {
    description:
      'Makes an upload a reading with this title, author and source: now if converted, else as soon as it is (the reading then arrives as a reading.added event). Saving twice changes nothing.',
  })
  async saveUploadedReading(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SaveUploadedReadingInput,
  ): Promise<DocumentUploadModel> {
    const upload = await this.uploads.save(viewer, input.uploadId, {
      title: input.title.trim(),
      author: input.author.trim(),
      source: input.source.trim(),
      clientId: input.clientId ?? null,
    });
    return DocumentUploadModel.from(upload);
  }
}

/** `Reading.original`: the file a reading was made from, batched per request. */
@Resolver(() => ReadingModel)
export class ReadingOriginalResolver {
  constructor(private readonly uploads: DocumentUploadsService) {}

  @ResolveField(() => ReadingOriginalModel, { nullable: true })
  async original(
    @Parent() reading: ReadingModel,
    @Context() context: RequestContext,
  ): Promise<ReadingOriginalModel | null> {
    const upload = await this.loader(viewerOf(context)).load(reading.id);
    if (!upload) return null;
    return Object.assign(new ReadingOriginalModel(), {
      filename: upload.filename,
      kind: upload.kind,
      size: upload.size,
      sha256: upload.sha256,
      downloadPath: `/documents/originals/${reading.id}`,
    });
  }

  private loader(viewer: Viewer): DataLoader<string, DocumentUpload | null> {
    return viewer.loaders.for(
      this.loader,
      () =>
        new DataLoader<string, DocumentUpload | null>(async (ids) => {
          const found = await this.uploads.originalsFor(ids);
          return ids.map((id) => found.get(id) ?? null);
        }),
    );
  }
}
