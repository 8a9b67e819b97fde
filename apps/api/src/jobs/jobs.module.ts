import { Module } from '@nestjs/common';
import { JobQueue } from './job-queue';

/** The durable job queue (docs/jobs.md); modules register their handlers with `JobQueue.register`. */
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
