import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { BadUserInputError } from '../errors/glossa-error';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { DocumentKind } from './converted-document';
import { DocumentUpload } from './document-upload';
import { DocumentUploadsService } from './document-uploads.service';
import { FetchLimits, fetchWebDocument, notADocument } from './fetch-web-document';
import { sniffDocument } from './sniff-document';

/** At most this many redirects are followed (a loop ends here too). */
export const MAX_REDIRECTS = 5;

/**
 * Readings from web addresses (docs/documents.md, "From a web page"): the page or document is
 * fetched by the server under the SSRF guard of `fetchWebDocument`, then stored and converted as
 * an uploaded file is, with its address as the reading's source.
 */
@Injectable()
export class WebDocumentsService {
  private readonly limits: FetchLimits;

  constructor(
    private readonly access: SeminarAccessService,
    private readonly uploads: DocumentUploadsService,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'documents'>,
  ) {
    this.limits = {
      maxBytes: config.documents.maxBytes,
      timeoutMs: config.documents.urlTimeoutMs,
      maxRedirects: MAX_REDIRECTS,
      allowLoopback: config.documents.urlAllowLoopback,
    };
  }

  /**
   * Fetches `url` for a reading of the seminar and queues its conversion. Who may not add readings
   * is refused before anything is fetched; a retry with the same `clientId` fetches nothing again.
   */
  async fetch(viewer: Viewer, input: { seminarId: string; url: string; clientId?: string }): Promise<DocumentUpload> {
    await this.access.requireInRequest(viewer, input.seminarId, SeminarAction.ADD_READING);
    if (input.clientId) {
      const earlier = await this.uploads.byClientId(viewer, input.clientId);
      if (earlier) return earlier;
    }
    const fetched = await fetchWebDocument(input.url, this.limits);
    if (fetched.bytes.length === 0)
      throw new BadUserInputError(`${fetched.url} sent an empty page; give the address of the article itself.`);
    let kind: DocumentKind;
    try {
      kind = await sniffDocument(fetched.bytes);
    } catch (error) {
      if (error instanceof BadUserInputError) throw notADocument(fetched.url, fetched.mediaType);
      throw error;
    }
    return this.uploads.store(viewer, input.seminarId, {
      filename: nameIn(fetched.url),
      bytes: fetched.bytes,
      kind,
      sourceUrl: fetched.url,
      clientId: input.clientId,
    });
  }
}

/** The file name a fetched document is kept under: the address's last path segment, else its host. */
function nameIn(address: string): string {
  const url = new URL(address);
  const last = url.pathname.split('/').filter(Boolean).pop();
  try {
    return last ? decodeURIComponent(last) : url.hostname;
  } catch {
    return url.hostname;
  }
}
