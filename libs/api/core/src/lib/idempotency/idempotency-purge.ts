import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue } from '../jobs/job-queue';
import { purgeOldIdempotencyKeys } from './idempotency';

/** Payment idempotency keys are kept at least 48 hours; every hour the queue drops older ones. */
@Injectable()
export class IdempotencyPurge implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: 'idempotency.purge',
      cron: '17 * * * *',
      retryLimit: 2,
      retryDelaySeconds: 60,
      expireInSeconds: 600,
      run: () => purgeOldIdempotencyKeys(this.dataSource.manager),
    });
  }
}
