import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/app-config.token';
import { PrincipalCache } from './auth/principal-cache';
import { JobQueue } from './jobs/job-queue';
import { JOB_DATABASE_URL } from './jobs/job-database-url.token';
import { IdempotencyPurge } from './idempotency/idempotency-purge';

/**
 * Makes the typed configuration (`@Inject(APP_CONFIG)`), the principal cache and the job queue
 * injectable everywhere.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: JOB_DATABASE_URL, useValue: databaseUrl },
        PrincipalCache,
        JobQueue,
        IdempotencyPurge,
      ],
      exports: [APP_CONFIG, PrincipalCache, JobQueue],
    };
  }
}
