import type { DataSourceOptions } from 'typeorm';
import { type DatabaseLimits, DEFAULT_DATABASE_POOL_SIZE } from '@worker-aid/api/core';
import { MIGRATIONS } from '../migrations';
import { ENTITIES } from './entities';

/**
 * The API's data source. With `limits` (the server's request path) a statement may run only so
 * long and a request waits only so long for a connection; migrations, seeding and tools run
 * without them.
 */
export function dataSourceOptions(url: string, limits?: DatabaseLimits): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    extra: {
      max: limits?.poolSize ?? DEFAULT_DATABASE_POOL_SIZE,
      application_name: 'worker-aid',
      ...(limits
        ? { connectionTimeoutMillis: limits.poolWaitMs, statement_timeout: limits.statementTimeoutMs }
        : {}),
    },
  };
}
