import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/app-config.token';
import type { AppConfig } from '../config/app-config';
import { JOB_DATABASE_URL } from './job-database-url.token';

/** One kind of background job: its queue, what runs it, how often it is retried and for how long it may run. */
export interface JobDefinition<T extends object> {
  /** The queue's name, `feature.verb` (`imports.validate`). */
  name: string;
  run: (data: T, job: { id: string; retryCount: number }) => Promise<void>;
  /** Runs after the first attempt failed; then the job is `failed` in the queue. */
  retryLimit: number;
  retryDelaySeconds: number;
  /** A job still active this long after it started is taken for dead (its process died) and retried. */
  expireInSeconds: number;
  /** A cron line (in the center's time zone): the queue also gets this job on that schedule. */
  cron?: string;
}

/** The queue's own tables live in this schema, created and migrated by pg-boss itself. */
export const JOB_SCHEMA = 'pgboss';

/**
 * Background jobs on the product's own PostgreSQL (pg-boss): jobs survive a restart, are retried
 * up to their limit, and several API processes on one database share the queue, each job being
 * fetched by one of them only (`SELECT … FOR UPDATE SKIP LOCKED`). Features `define` their jobs
 * while their module initialises; the workers start once the application has.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('JobQueue');
  private readonly definitions = new Map<string, JobDefinition<object>>();
  private boss: PgBoss | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_DATABASE_URL) private readonly databaseUrl: string,
  ) {}

  define<T extends object>(definition: JobDefinition<T>): void {
    if (this.boss) throw new Error(`Job ${definition.name} defined after the queue started`);
    this.definitions.set(definition.name, definition as unknown as JobDefinition<object>);
  }

  async onApplicationBootstrap(): Promise<void> {
    const { pollingSeconds, processConnections } = this.config.jobs;
    const boss = new PgBoss({
      connectionString: this.databaseUrl,
      schema: JOB_SCHEMA,
      max: processConnections,
      application_name: 'worker-aid-jobs',
      // Finished jobs are kept a week for whoever looks, then deleted by pg-boss's maintenance.
      deleteAfterDays: 7,
      maintenanceIntervalSeconds: 60,
    });
    boss.on('error', (error: Error) => this.logger.error(`Job queue: ${error.message}`));
    await boss.start();
    this.boss = boss;
    for (const definition of this.definitions.values()) {
      await boss.createQueue(definition.name, {
        name: definition.name,
        retryLimit: definition.retryLimit,
        retryDelay: definition.retryDelaySeconds,
        expireInSeconds: definition.expireInSeconds,
      });
      await boss.work<object>(
        definition.name,
        { batchSize: 1, pollingIntervalSeconds: pollingSeconds, includeMetadata: true },
        async ([job]) => {
          if (!job) return;
          try {
            await definition.run(job.data, { id: job.id, retryCount: job.retryCount });
          } catch (error) {
            const attempt = `attempt ${job.retryCount + 1} of ${definition.retryLimit + 1}`;
            this.logger.error(`Job ${definition.name} ${job.id} failed (${attempt}): ${String(error)}`);
            throw error;
          }
        },
      );
      if (definition.cron) await boss.schedule(definition.name, definition.cron, {}, { tz: 'Asia/Shanghai' });
    }
  }

  /**
   * Queues a job. Given the transaction's `manager`, the job is written in that transaction: it
   * exists exactly when the change that asked for it was committed.
   */
  async send(name: string, data: object, manager?: EntityManager): Promise<string | null> {
    if (!this.definitions.has(name)) throw new Error(`No job ${name} is defined`);
    const options: PgBoss.SendOptions = manager ? { db: transactionDb(manager) } : {};
    return this.started().send(name, data, options);
  }

  /** Stops fetching; jobs running now finish first (up to the shutdown grace), then the queue's pool closes. */
  async onModuleDestroy(): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    this.boss = null;
    // Jobs still running when the grace is over are failed, so they are retried (their work is idempotent).
    await boss.stop({ graceful: true, wait: true, timeout: Math.max(1, this.config.shutdownGraceSeconds) * 1000 });
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('The job queue has not started');
    return this.boss;
  }
}

/** pg-boss's way into someone else's connection: its SQL runs on the transaction's. */
function transactionDb(manager: EntityManager): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[]) => ({
      rows: (await manager.query(text, values)) as unknown[],
    }),
  };
}
