import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { ReadingsModule } from '../readings/readings.module';
import { SeminarsModule } from '../seminars/seminars.module';
import { DocumentsController } from './documents.controller';
import { DocumentUploadsResolver, ReadingOriginalResolver } from './documents.resolver';
import { DocumentUploadsService } from './document-uploads.service';

/** Readings from uploaded documents: conversion, originals, and the upload route (docs/documents.md). */
@Module({
  imports: [JobsModule, SeminarsModule, ReadingsModule],
  controllers: [DocumentsController],
  providers: [DocumentUploadsService, DocumentUploadsResolver, ReadingOriginalResolver],
})
export class DocumentsModule {}
