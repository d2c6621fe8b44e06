import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, ApiError, type AppConfig, JobQueue } from '@worker-aid/api/core';
import { ImportQueries } from '../import.queries';
import { ImportCommitter } from './commit-import';
import { ImportValidator } from './validate-import';

export const VALIDATE_IMPORT = 'imports.validate';
export const COMMIT_IMPORT = 'imports.commit';
const RECOVER_IMPORTS = 'imports.recover';
const PURGE_IMPORT_ROWS = 'imports.purge';

/** An import's rows (their cells hold identity numbers) are kept this long after it finished. */
export const IMPORT_ROWS_KEPT_DAYS = 30;

export interface ImportJobData {
  importId: string;
}

/**
 * The imports' background jobs. A job that dies with its process is retried by the queue once
 * it expires; sooner, the recovery (every minute) and a repeated commit start again any busy
 * import whose job stopped reporting. Each run first claims its import, so two runs never work
 * on one import at once.
 */
@Injectable()
export class ImportJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queries: ImportQueries,
    private readonly validator: ImportValidator,
    private readonly committer: ImportCommitter,
  ) {}

  onModuleInit(): void {
    const attempts = { retryLimit: 3, retryDelaySeconds: 5, expireInSeconds: 15 * 60 };
    this.jobs.define<ImportJobData>({
      name: VALIDATE_IMPORT,
      ...attempts,
      run: (data, job) => this.lastAttemptFails(data, job, () => this.validator.run(data.importId, job.id)),
    });
    this.jobs.define<ImportJobData>({
      name: COMMIT_IMPORT,
      ...attempts,
      run: (data, job) => this.committer.run(data.importId, job.id),
    });
    this.jobs.define({
      name: RECOVER_IMPORTS,
      cron: '* * * * *',
      retryLimit: 0,
      retryDelaySeconds: 0,
      expireInSeconds: 60,
      run: () => this.recover(),
    });
    this.jobs.define({
      name: PURGE_IMPORT_ROWS,
      cron: '40 3 * * *',
      retryLimit: 2,
      retryDelaySeconds: 600,
      expireInSeconds: 3600,
      run: () => this.queries.purgeRows(IMPORT_ROWS_KEPT_DAYS),
    });
  }

  /** Starts again the busy imports whose job has not reported for a while. */
  async recover(): Promise<void> {
    for (const stale of await this.queries.stale(this.config.jobs.staleSeconds)) {
      await this.jobs.send(stale.status === 'importing' ? COMMIT_IMPORT : VALIDATE_IMPORT, {
        importId: stale.id,
      });
    }
  }

  /**
   * A check that keeps failing (a sheet the reader chokes on, say) fails the import for good on
   * its last attempt, so it does not stay `validating`; a sheet's own fault fails it at once.
   */
  private async lastAttemptFails(
    data: ImportJobData,
    job: { retryCount: number },
    run: () => Promise<void>,
  ): Promise<void> {
    try {
      await run();
    } catch (error) {
      if (error instanceof ApiError && error.code.startsWith('import.')) {
        await this.queries.fail(data.importId, error.code);
        return;
      }
      if (job.retryCount >= 3) await this.queries.fail(data.importId, 'server.error');
      throw error;
    }
  }
}
