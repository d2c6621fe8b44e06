import { Module } from '@nestjs/common';
import { WorkerPayees } from './worker-payees.queries';
import { WorkerPostingQueries } from './worker-postings.queries';

/**
 * The workers feature's readers for public notices and for banks' payroll files, apart from
 * `WorkersModule` and its endpoints.
 */
@Module({
  providers: [WorkerPostingQueries, WorkerPayees],
  exports: [WorkerPostingQueries, WorkerPayees],
})
export class WorkerReadersModule {}
