import { Module } from '@nestjs/common';
import { WorkerPayees } from './worker-payees.queries';
import { WorkerPostingQueries } from './worker-postings.queries';
import { WorkerRosterQueries } from './worker-roster.queries';

/**
 * The workers feature's readers for public notices, rosters and banks' payroll files, apart
 * from `WorkersModule` and its endpoints.
 */
@Module({
  providers: [WorkerPostingQueries, WorkerRosterQueries, WorkerPayees],
  exports: [WorkerPostingQueries, WorkerRosterQueries, WorkerPayees],
})
export class WorkerReadersModule {}
