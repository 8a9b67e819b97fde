import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { BadUserInputError, UnauthenticatedError } from '../errors/glossa-error';
import { GlossaRequest } from '../graphql/request-context';
import { ExportService } from './export.service';
import { ExportFormat } from './interchange-format';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new BadUserInputError('The id must be a UUID.') });

/**
 * Exports as file downloads, for links and scripts: signed in by the session cookie or a Bearer
 * token (AuthGuard applies to every route), the same content as the `exportAnnotations` query.
 */
@Controller('export')
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Get('seminars/:id/annotations.jsonld')
  seminarWebAnnotations(@Param('id', uuid) id: string, @Req() req: GlossaRequest, @Res() res: Response) {
    return this.send(req, res, { seminarId: id }, ExportFormat.WEB_ANNOTATION);
  }

  @Get('seminars/:id/annotations.hypothesis.json')
  seminarHypothesis(@Param('id', uuid) id: string, @Req() req: GlossaRequest, @Res() res: Response) {
    return this.send(req, res, { seminarId: id }, ExportFormat.HYPOTHESIS);
  }

  @Get('readings/:id/annotations.jsonld')
  readingWebAnnotations(@Param('id', uuid) id: string, @Req() req: GlossaRequest, @Res() res: Response) {
    return this.send(req, res, { readingId: id }, ExportFormat.WEB_ANNOTATION);
  }

  @Get('readings/:id/annotations.hypothesis.json')
  readingHypothesis(@Param('id', uuid) id: string, @Req() req: GlossaRequest, @Res() res: Response) {
    return this.send(req, res, { readingId: id }, ExportFormat.HYPOTHESIS);
  }

  @Get('readings/:id/discussion.md')
  readingMarkdown(@Param('id', uuid) id: string, @Req() req: GlossaRequest, @Res() res: Response) {
    return this.send(req, res, { readingId: id }, ExportFormat.MARKDOWN);
  }

  private async send(
    req: GlossaRequest,
    res: Response,
    scope: { seminarId?: string; readingId?: string },
    format: ExportFormat,
  ): Promise<void> {
    if (!req.viewer) throw new UnauthenticatedError('Sign in first.');
    const file = await this.exports.export(req.viewer, scope, format);
    res
      .status(200)
      .setHeader('Content-Type', file.mediaType)
      .setHeader('Content-Disposition', `attachment; filename="${file.filename}"`)
      // A private export: not for shared caches, and never sniffed into something executable.
      .setHeader('Cache-Control', 'private, no-store')
      .setHeader('X-Content-Type-Options', 'nosniff')
      .send(file.content);
  }
}
