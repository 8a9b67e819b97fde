import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { ReadingsModule } from '../readings/readings.module';
import { SeminarsModule } from '../seminars/seminars.module';
import { DocumentsController } from './documents.controller';
import { DocumentUploadsResolver, ReadingOriginalResolver } from './documents.resolver';
import { DocumentUploadsService } from './document-uploads.service';
import { WebDocumentsService } from './web-documents.service';

/** Readings from uploaded documents and web addresses: conversion, originals, the upload route (docs/documents.md). */
@Module({
  imports: [JobsModule, SeminarsModule, ReadingsModule],
  controllers: [DocumentsController],
  providers: [DocumentUploadsService, WebDocumentsService, DocumentUploadsResolver, ReadingOriginalResolver],
})
export class DocumentsModule {}
