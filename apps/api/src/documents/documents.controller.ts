import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { BadUserInputError, NotFoundError, UnauthenticatedError } from '../errors/glossa-error';
import { GlossaRequest } from '../graphql/request-context';
import { MEDIA_TYPES } from './converted-document';
import { DocumentUploadModel } from './document-upload.model';
import { DocumentUploadsService } from './document-uploads.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new BadUserInputError('The id must be a UUID.') });

/**
 * Uploads as raw request bodies, not GraphQL (docs/documents.md): a file of up to DOCUMENT_MAX_MB is
 * streamed and counted as it arrives, rather than held three times over as base64 in a JSON body.
 * Signed in as every route is (AuthGuard: session cookie or Bearer token); errors carry the fixed codes.
 */
@Controller('documents')
export class DocumentsController {
  constructor(private readonly uploads: DocumentUploadsService) {}

  @Post('upload')
  @HttpCode(202)
  async upload(
    @Query('seminarId', uuid) seminarId: string,
    @Query('filename') filename: string | undefined,
    @Req() req: GlossaRequest,
  ): Promise<DocumentUploadModel> {
    if (!req.viewer) throw new UnauthenticatedError('Sign in first.');
    const bytes = await this.readBody(req);
    return DocumentUploadModel.from(await this.uploads.receive(req.viewer, seminarId, filename ?? '', bytes));
  }

  @Get('originals/:id')
  async original(@Param('id', uuid) id: string, @Req() req: GlossaRequest, @Res() res: Response): Promise<void> {
    if (!req.viewer) throw new UnauthenticatedError('Sign in first.');
    const found = await this.uploads.original(req.viewer, id);
    if (!found) throw new NotFoundError('This reading was not made from an uploaded file.');
    res
      .status(200)
      .setHeader('Content-Type', MEDIA_TYPES[found.upload.kind])
      .setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(found.upload.filename)}`)
      .setHeader('Digest', `sha-256=${Buffer.from(found.upload.sha256, 'hex').toString('base64')}`)
      .setHeader('Cache-Control', 'private, no-store')
      .setHeader('X-Content-Type-Options', 'nosniff')
      .send(found.content);
  }

  /** The body, refused as soon as it passes the limit (the client is told before it sends it all). */
  private readBody(req: GlossaRequest): Promise<Buffer> {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > this.uploads.limitBytes) return Promise.reject(this.uploads.tooLarge(declared));
    if (/^application\/(json|x-www-form-urlencoded)/.test(req.headers['content-type'] ?? ''))
      return Promise.reject(
        new BadUserInputError('Send the file itself as the body (Content-Type application/octet-stream).'),
      );
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > this.uploads.limitBytes) {
          req.removeAllListeners('data');
          req.resume();
          reject(this.uploads.tooLarge(size));
        } else chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });
  }
}
