import { Module } from '@nestjs/common';
import { WorkerPostingQueries } from './worker-postings.queries';

/** The workers feature's reader for public notices, apart from `WorkersModule` and its endpoints. */
@Module({
  providers: [WorkerPostingQueries],
  exports: [WorkerPostingQueries],
})
export class WorkerReadersModule {}
