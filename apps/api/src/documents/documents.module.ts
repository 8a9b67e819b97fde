import { Module } from '@nestjs/common';
import { AnnotationsModule } from '../annotations/annotations.module';
import { JobsModule } from '../jobs/jobs.module';
import { ReadingsModule } from '../readings/readings.module';
import { SeminarsModule } from '../seminars/seminars.module';
import { DocumentsController } from './documents.controller';
import { DocumentUploadsResolver, ReadingOriginalResolver } from './documents.resolver';
import { DocumentUploadsService } from './document-uploads.service';
import { WebDocumentsService } from './web-documents.service';
import { UploadRevisionsService } from './upload-revisions';
import { UploadRevisionsResolver } from './upload-revisions.resolver';

/** Readings from uploaded documents and web addresses: conversion, originals, the upload route (docs/documents.md). */
@Module({
  imports: [JobsModule, SeminarsModule, ReadingsModule, AnnotationsModule],
  controllers: [DocumentsController],
  providers: [
    DocumentUploadsService,
    WebDocumentsService,
    DocumentUploadsResolver,
    ReadingOriginalResolver,
    UploadRevisionsService,
    UploadRevisionsResolver,
  ],
})
export class DocumentsModule {}
