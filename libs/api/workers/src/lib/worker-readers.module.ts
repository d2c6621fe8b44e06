import { Module } from '@nestjs/common';
import { WorkerPostingQueries } from './worker-postings.queries';
import { WorkerRosterQueries } from './worker-roster.queries';

/** The workers feature's readers for public notices and rosters, apart from `WorkersModule` and its endpoints. */
@Module({
  providers: [WorkerPostingQueries, WorkerRosterQueries],
  exports: [WorkerPostingQueries, WorkerRosterQueries],
})
export class WorkerReadersModule {}
